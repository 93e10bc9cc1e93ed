import { http } from '../../api/http-client';
import type { ContentKind, Finding, Outcome, PolicyRule } from './screening.types';

export interface Money {
  amount: number;
  currency?: string;
}

export interface ScreenContext {
  category?: string;
  price?: Money;
  wasPrice?: Money;
  priceHistory?: { date: string; amount: number }[];
}

export interface ScreenRequest {
  kind: ContentKind;
  text: string;
  context?: ScreenContext;
}

/** What POST /v1/screen answers: `policy` was a bare name before versioned policies arrived. */
export interface RawScreenResponse {
  outcome: Outcome;
  score: number;
  findings: Finding[];
  policy: string | { version: number | null; name: string };
  rules?: PolicyRule[];
  shadow?: { version: number; outcome: Outcome };
}

export const screenText = (request: ScreenRequest) => http.post<RawScreenResponse>('/v1/screen', request);
