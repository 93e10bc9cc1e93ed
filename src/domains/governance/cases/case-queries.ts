import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { CASE_PRIORITIES, type CasePriority } from '../rules/case-priority.js';
import { DEFAULT_SLA, DUE_SOON_SHARE } from '../rules/case-sla.js';
import { CASE_STATES, type CaseState } from '../rules/case-state-machine.js';
import { type CaseDetail, type CaseSummary, toCaseDetail, toCaseSummary } from './case-record.js';
import { type CaseViewer, canSee, detailFor, summaryFor } from './case-viewer.js';
import {
  type CaseFilters,
  countCasesByQueue,
  findCase,
  listCaseEvents,
  listCaseRows,
  listQueueRows,
} from './cases.repository.js';

export interface CasePage {
  items: CaseSummary[];
  nextBefore: string | null;
}

export async function listCases(db: Db, clock: Clock, viewer: CaseViewer, filters: CaseFilters): Promise<CasePage> {
  const now = clock.now();
  // A party's list is its own cases whatever it asks for; another subject's filter finds nothing.
  const scoped: CaseFilters =
    viewer.kind === 'staff'
      ? filters
      : {
          ...filters,
          subjectKinds: viewer.subjectKinds,
          subjectId: filters.subjectId ?? viewer.subjectId,
          ...(filters.subjectId !== undefined && filters.subjectId !== viewer.subjectId ? { subjectKinds: [] } : {}),
        };
  const rows = await listCaseRows(db, scoped);
  const page = rows.slice(0, filters.limit);
  return {
    items: page.map((r) => summaryFor(viewer, toCaseSummary(r, now))),
    nextBefore: rows.length > filters.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

/** One case with its history; a case the viewer may not see is as good as absent. */
export async function getCase(db: Db, clock: Clock, viewer: CaseViewer, id: string): Promise<CaseDetail> {
  const row = await findCase(db, id);
  const now = clock.now();
  if (!row || !canSee(viewer, toCaseSummary(row, now))) {
    throw new GovernanceError(GovernanceErrorCode.CaseNotFound, `no case ${id}`);
  }
  return detailFor(viewer, toCaseDetail(row, await listCaseEvents(db, id), now));
}

export interface QueueOverview {
  name: string;
  description: string;
  states: Record<CaseState, number>;
  /** Over the cases waiting for a reviewer (open and in review). */
  sla: { breached: number; dueSoon: number; ok: number };
  byPriority: Record<CasePriority, number>;
}

export async function listQueues(db: Db, clock: Clock): Promise<QueueOverview[]> {
  const dueSoonMs = Object.fromEntries(CASE_PRIORITIES.map((p) => [p, DEFAULT_SLA[p] * DUE_SOON_SHARE])) as Record<
    CasePriority,
    number
  >;
  const [queues, counts] = await Promise.all([listQueueRows(db), countCasesByQueue(db, clock.now(), dueSoonMs)]);
  return queues.map((q) => {
    const states = Object.fromEntries(CASE_STATES.map((s) => [s, 0])) as Record<CaseState, number>;
    const byPriority = Object.fromEntries(CASE_PRIORITIES.map((p) => [p, 0])) as Record<CasePriority, number>;
    const sla = { breached: 0, dueSoon: 0, ok: 0 };
    for (const c of counts) {
      if (c.queue !== q.name) continue;
      states[c.state] += c.n;
      if (c.state === 'open' || c.state === 'in_review') {
        byPriority[c.priority] += c.n;
        sla.breached += c.breached;
        sla.dueSoon += c.dueSoon;
        sla.ok += c.n - c.breached - c.dueSoon;
      }
    }
    return { name: q.name, description: q.description, states, sla, byPriority };
  });
}
