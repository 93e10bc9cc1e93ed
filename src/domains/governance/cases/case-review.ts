import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { type CaseAction, transitionCase } from '../rules/case-state-machine.js';
import { type CaseDetail, type CaseRow, toCaseDetail } from './case-record.js';
import type { CaseViewer } from './case-viewer.js';
import {
  appendCaseEvents,
  listCaseEvents,
  lockCase,
  lockNextOpenCase,
  queueExists,
  updateCase,
} from './cases.repository.js';

type StaffViewer = Extract<CaseViewer, { kind: 'staff' }>;

function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

function checkTransition(row: CaseRow, action: CaseAction, who: StaffViewer, now: Date) {
  const result = transitionCase({ state: row.state, decidedAt: row.decidedAt }, action, who.role, now);
  if (!result.ok) {
    throw new GovernanceError(
      GovernanceErrorCode.InvalidTransition,
      `case ${row.id} is ${row.state}: it cannot be ${action === 'claim' ? 'claimed' : `${action}d`} (${result.refusal})`,
      { state: row.state, action, refusal: result.refusal },
    );
  }
  return result.lifecycle;
}

async function detailOf(trx: Db, row: CaseRow, now: Date): Promise<CaseDetail> {
  return toCaseDetail(row, await listCaseEvents(trx, row.id), now);
}

/**
 * Gives the calling reviewer the most urgent unclaimed case of a queue and marks it theirs;
 * null when the queue has none. Never a case another reviewer holds or is claiming right now.
 */
export async function claimNextCase(db: Db, clock: Clock, queue: string, who: StaffViewer): Promise<CaseDetail | null> {
  return inTransaction(db, async (trx) => {
    if (!(await queueExists(trx, queue))) {
      throw new GovernanceError(GovernanceErrorCode.QueueNotFound, `no queue named ${queue}`);
    }
    const row = await lockNextOpenCase(trx, queue);
    if (!row) return null;
    const now = clock.now();
    const next = checkTransition(row, 'claim', who, now);
    const claimed = await updateCase(trx, row.id, {
      state: next.state,
      assignee: who.actor,
      assignedAt: now,
      updatedAt: now,
    });
    await appendCaseEvents(trx, [
      { caseId: row.id, type: 'assigned', actor: who.actor, at: now, fromState: row.state, toState: next.state },
    ]);
    return detailOf(trx, claimed, now);
  });
}

/** Hands a case in review back to its queue; only its reviewer or a lead may. */
export async function releaseCase(
  db: Db,
  clock: Clock,
  caseId: string,
  who: StaffViewer,
  reason?: string,
): Promise<CaseDetail> {
  return inTransaction(db, async (trx) => {
    const row = await lockCase(trx, caseId);
    if (!row) throw new GovernanceError(GovernanceErrorCode.CaseNotFound, `no case ${caseId}`);
    const now = clock.now();
    const next = checkTransition(row, 'release', who, now);
    if (row.assignee !== who.actor && who.role !== 'lead') {
      throw new GovernanceError(
        GovernanceErrorCode.CaseHeldByOther,
        `case ${caseId} is held by another reviewer; only they or a lead may release it`,
      );
    }
    const released = await updateCase(trx, row.id, {
      state: next.state,
      assignee: null,
      assignedAt: null,
      updatedAt: now,
    });
    await appendCaseEvents(trx, [
      {
        caseId: row.id,
        type: 'released',
        actor: who.actor,
        at: now,
        fromState: row.state,
        toState: next.state,
        data: { from: row.assignee, ...(reason ? { reason } : {}) },
      },
    ]);
    return detailOf(trx, released, now);
  });
}

/** Adds an internal note to a case in any state; the affected party never sees notes. */
export async function addCaseNote(
  db: Db,
  clock: Clock,
  caseId: string,
  who: StaffViewer,
  text: string,
): Promise<CaseDetail> {
  return inTransaction(db, async (trx) => {
    const row = await lockCase(trx, caseId);
    if (!row) throw new GovernanceError(GovernanceErrorCode.CaseNotFound, `no case ${caseId}`);
    const now = clock.now();
    const touched = await updateCase(trx, row.id, { updatedAt: now });
    await appendCaseEvents(trx, [{ caseId: row.id, type: 'note', actor: who.actor, at: now, data: { text } }]);
    return detailOf(trx, touched, now);
  });
}
