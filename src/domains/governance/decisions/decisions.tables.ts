import type { ColumnType, Generated } from 'kysely';
import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import type { SanctionAction } from '../rules/sanction-actions.js';
import type { StatementLanguage, Track } from '../rules/violation-catalogue.js';

export const DECISION_STATUSES = ['pending_confirmation', 'in_effect', 'rejected', 'reversed'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** One decision on a case: what was found, what was done, and what the affected party was told. */
export interface GovDecisionsTable {
  /** dec_… */
  id: string;
  caseId: string;
  subjectKind: CaseSubjectKind;
  subjectId: string;
  targetKind: CaseTargetKind;
  targetId: string;
  /** null: no violation (content restored or the case dismissed). */
  violationType: string | null;
  track: Track | null;
  points: number;
  status: DecisionStatus;
  /** The reviewer's actions (ActionRequest[]) as JSON; automatic ones are sanctions of their own. */
  actions: ColumnType<unknown, string, string>;
  facts: string;
  language: StatementLanguage;
  /** The statement of reasons for the affected party, in their language. */
  statement: string;
  dsaCategory: string | null;
  dsaKeyword: string | null;
  decidedBy: string;
  decidedAt: Date;
  /** When it took effect (at once, or at the second reviewer's confirmation). */
  effectiveAt: Date | null;
  confirmedBy: string | null;
  rejectedBy: string | null;
  rejectedAt: Date | null;
  rejectionReason: string | null;
  reversedBy: string | null;
  reversedAt: Date | null;
  reversalReason: string | null;
}

export const SANCTION_STATUSES = ['active', 'applied', 'expired', 'lifted'] as const;
/** active: in force; applied: a one-off done; expired: its time ran out; lifted: undone by a reversal. */
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];

export interface GovSanctionsTable {
  /** snc_… */
  id: string;
  /** The order sanctions were imposed in. */
  seq: Generated<number>;
  decisionId: string;
  subjectKind: CaseSubjectKind;
  subjectId: string;
  targetKind: CaseTargetKind;
  targetId: string;
  action: SanctionAction;
  /** What the measure acts on: the subject's account or the case's target. */
  appliesToKind: string;
  appliesToId: string;
  days: number | null;
  amountMinor: number | null;
  currency: string | null;
  startsAt: Date;
  /** null: until lifted (or a one-off). */
  endsAt: Date | null;
  status: SanctionStatus;
  /** Imposed by the points ladder, not chosen by the reviewer. */
  automatic: boolean;
  /** The threshold firing that imposed it (gov_point_firings.id), for automatic ones. */
  firingId: string | null;
  reason: string;
  endedAt: Date | null;
  endedBy: string | null;
}

export interface DecisionTables {
  govDecisions: GovDecisionsTable;
  govSanctions: GovSanctionsTable;
}
