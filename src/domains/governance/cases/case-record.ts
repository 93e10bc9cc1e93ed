import type { Selectable } from 'kysely';
import type { CaseEventType, CaseSubjectKind, CaseTargetKind, GovCasesTable } from '../governance.tables.js';
import type { CasePriority, CaseSource } from '../rules/case-priority.js';
import { type SlaState, slaStateOf } from '../rules/case-sla.js';
import { type CaseState, isActiveCaseState } from '../rules/case-state-machine.js';
import { type CaseEvidence, readEvidence } from './case-evidence.js';

export interface CaseSummary {
  id: string;
  subject: { kind: CaseSubjectKind; id: string };
  target: { kind: CaseTargetKind; id: string };
  category: string;
  severity: number;
  priority: CasePriority;
  language: string;
  queue: string;
  state: CaseState;
  assignee: string | null;
  assignedAt: Date | null;
  dueAt: Date;
  /** Only while the case waits for a reviewer; null once decided. */
  sla: SlaState | null;
  decidedAt: Date | null;
  escalatedAt: Date | null;
  source: CaseSource;
  openedAt: Date;
  updatedAt: Date;
}

export interface CaseEventView {
  id: string;
  type: CaseEventType;
  actor: string;
  at: Date;
  fromState: CaseState | null;
  toState: CaseState | null;
  data: unknown;
}

export interface CaseDetail extends CaseSummary {
  evidence: CaseEvidence;
  events: CaseEventView[];
}

export type CaseRow = Selectable<GovCasesTable>;

export function toCaseSummary(row: Omit<CaseRow, 'evidence' | 'priorityRank'>, now: Date): CaseSummary {
  return {
    id: row.id,
    subject: { kind: row.subjectKind, id: row.subjectId },
    target: { kind: row.targetKind, id: row.targetId },
    category: row.category,
    severity: row.severity,
    priority: row.priority,
    language: row.language,
    queue: row.queue,
    state: row.state,
    assignee: row.assignee,
    assignedAt: row.assignedAt,
    dueAt: row.dueAt,
    sla: isActiveCaseState(row.state) ? slaStateOf(row.dueAt, row.priority, now) : null,
    decidedAt: row.decidedAt,
    escalatedAt: row.escalatedAt,
    source: row.source,
    openedAt: row.openedAt,
    updatedAt: row.updatedAt,
  };
}

export function toCaseDetail(row: CaseRow, events: CaseEventView[], now: Date): CaseDetail {
  return { ...toCaseSummary(row, now), evidence: readEvidence(row.evidence), events };
}
