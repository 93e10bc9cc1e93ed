import type { Decision, Sanction, StatementLanguage, SubjectKind } from '../governance/governance.types';

/** A sanction as the affected party reads it: when it ended early (lifted) or ran out (expired). */
export interface PortalSanction extends Sanction {
  endedAt: string | null;
}

/** A decision about the signed-in merchant or host, as GET /v1/portal/decisions gives it. */
export interface PortalDecision extends Omit<Decision, 'sanctions'> {
  effectiveAt: string | null;
  reversal: { by: string | null; at: string; reason: string } | null;
  sanctions: PortalSanction[];
  /** null once the decision can no longer be appealed (reversed). */
  appealClosesAt: string | null;
}

export const APPEAL_STATUSES = ['open', 'upheld', 'reversed', 'modified'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

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
  text: string;
  attachments: AppealAttachment[];
  language: StatementLanguage;
  status: AppealStatus;
  filedAt: string;
  dueAt: string;
  decision: { at: string; reasoning: string; reply: string; newDecisionId: string | null } | null;
}

export interface AppealInput {
  text: string;
  attachments: AppealAttachment[];
  language: StatementLanguage;
}
