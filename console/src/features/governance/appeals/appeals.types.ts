import type { CaseDetail, Decision, DecisionInput, StatementLanguage, SubjectKind } from '../governance.types';

export const APPEAL_STATUSES = ['open', 'upheld', 'reversed', 'modified'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'reversed', 'modified'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** A file the appellant points to: Xinren keeps its description, not its bytes. */
export interface AppealAttachment {
  name: string;
  url?: string;
  sha256?: string;
  size?: number;
}

export interface Appeal {
  id: string;
  decisionId: string;
  caseId: string;
  subject: { kind: SubjectKind; id: string };
  appellant: string;
  text: string;
  attachments: AppealAttachment[];
  /** The appellant's language: the reply is framed in it. */
  language: StatementLanguage;
  status: AppealStatus;
  filedAt: string;
  dueAt: string;
  decision: { by: string | null; at: string; reasoning: string; reply: string; newDecisionId: string | null } | null;
}

export type AppealDecisionInput =
  | { outcome: 'upheld' | 'reversed'; reasoning: string }
  | { outcome: 'modified'; reasoning: string; decision: DecisionInput };

export interface AppealDecided {
  appeal: Appeal;
  /** modified: the decision that replaced the appealed one (in effect, or waiting for four eyes). */
  newDecision: Decision | null;
}

export interface ClaimedAppeal {
  case: CaseDetail | null;
  appeal: Appeal | null;
}

export interface AppealFilters {
  status?: AppealStatus;
  limit: number;
}
