import type { ColumnType, Generated } from 'kysely';
import type { AppealTables } from './appeals/appeals.tables.js';
import type { DecisionTables } from './decisions/decisions.tables.js';
import type { FiguresTables } from './figures/figures.tables.js';
import type { IdentityTables } from './identity/identity.tables.js';
import type { LiveTables } from './live/live.tables.js';
import type { PointTables } from './points/points.tables.js';
import type { ReportsTables } from './reports/reports.tables.js';
import type { CasePriority, CaseSource } from './rules/case-priority.js';
import type { CaseState } from './rules/case-state-machine.js';

export interface GovQueuesTable {
  name: string;
  description: string;
  createdAt: ColumnType<Date, Date, never>;
}

export type CaseSubjectKind = 'merchant' | 'host' | 'user';
export type CaseTargetKind = 'listing' | 'live_session' | 'comment' | 'merchant' | 'host';

export interface GovCasesTable {
  /** cas_… */
  id: string;
  /** Who answers for the content: the merchant, the host, the comment's author (user). */
  subjectKind: CaseSubjectKind;
  subjectId: string;
  /** What the case is about; one active case per target. */
  targetKind: CaseTargetKind;
  targetId: string;
  /** The violation category of the most severe finding (screening's categories). */
  category: string;
  /** 1–5. */
  severity: number;
  priority: CasePriority;
  /** low 1 … emergency 4: orders a queue. */
  priorityRank: number;
  /** zh | en | und */
  language: string;
  queue: string;
  state: CaseState;
  /** The actor holding the case in review (`user:usr_…`); null when nobody does. */
  assignee: string | null;
  assignedAt: Date | null;
  dueAt: Date;
  /** When the standing decision was taken; null while there is none. */
  decidedAt: Date | null;
  /** When an SLA breach escalated the case; null if it never did. */
  escalatedAt: Date | null;
  source: CaseSource;
  /** CaseEvidence as JSON. */
  evidence: ColumnType<unknown, string, string>;
  openedAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export const CASE_EVENT_TYPES = [
  'opened',
  'evidence_added',
  'assigned',
  'released',
  'note',
  'state_changed',
  'escalated',
  'decision_proposed',
  'decision_confirmed',
  'decision_rejected',
  'decision_reversed',
  'appeal_filed',
  'appeal_decided',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** The history of a case, append-only. */
export interface GovCaseEventsTable {
  seq: Generated<number>;
  /** cev_… */
  id: string;
  caseId: string;
  type: CaseEventType;
  /** `system:screening`, `system:sla`, `user:usr_…`, `api_key:key_…`. */
  actor: string;
  at: Date;
  fromState: CaseState | null;
  toState: CaseState | null;
  data: ColumnType<unknown, string, never>;
}

/** A screening verdict taken in (once: see openCasesFromVerdicts). */
export interface GovVerdictReceiptsTable {
  verdictId: string;
  receivedAt: Date;
}

export interface GovernanceTables
  extends DecisionTables,
    PointTables,
    ReportsTables,
    IdentityTables,
    LiveTables,
    AppealTables,
    FiguresTables {
  govQueues: GovQueuesTable;
  govCases: GovCasesTable;
  govCaseEvents: GovCaseEventsTable;
  govVerdictReceipts: GovVerdictReceiptsTable;
}
