import type { ColumnType } from 'kysely';
import type { CaseSubjectKind } from '../governance.tables.js';
import type { StatementLanguage } from '../rules/violation-catalogue.js';

export const APPEAL_STATUSES = ['open', 'upheld', 'reversed', 'modified'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'reversed', 'modified'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** A file the appellant points to; Xinren keeps its description, not its bytes. */
export interface AppealAttachment {
  name: string;
  url?: string;
  sha256?: string;
  size?: number;
}

/** An appeal by the affected party against one decision. */
export interface GovAppealsTable {
  /** apl_… */
  id: string;
  decisionId: string;
  caseId: string;
  subjectKind: CaseSubjectKind;
  subjectId: string;
  /** Who filed it: `user:usr_…` or `api_key:key_…`. */
  appellant: string;
  text: string;
  /** AppealAttachment[] as JSON. */
  attachments: ColumnType<unknown, string, string>;
  /** The appellant's language: the reply is written in it. */
  language: StatementLanguage;
  status: AppealStatus;
  filedAt: Date;
  /** The appeal's SLA: when a decision on it is due. */
  dueAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The reviewer's own reasoning. */
  reasoning: string | null;
  /** The reply the appellant reads: the outcome and the reasoning, in their language. */
  reply: string | null;
  /** modified: the decision that replaced the appealed one. */
  newDecisionId: string | null;
}

export interface AppealTables {
  govAppeals: GovAppealsTable;
}
