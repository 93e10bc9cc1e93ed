import { http } from '../../api/http-client';
import type { Finding, Outcome } from './screening.types';

export interface Verdict {
  id: string;
  contentKind: string;
  contentId: string;
  subjectId: string;
  outcome: Outcome;
  score: number;
  findings: Finding[];
  /** The policy that decided: a name or version label as the server stored it. */
  policy: unknown;
  createdAt: string;
}

export interface VerdictFilter {
  kind?: string;
  outcome?: Outcome;
  subject?: string;
  q?: string;
  limit: number;
  /** Cursor: verdicts older than this id. */
  before?: string;
}

export interface VerdictPage {
  items: Verdict[];
  nextBefore: string | null;
}

export const fetchVerdicts = (filter: VerdictFilter) => http.get<VerdictPage>('/v1/screening/verdicts', { ...filter });
