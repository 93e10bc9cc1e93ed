import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { JobHandler } from '../../../platform/jobs/job-runner.js';
import { cancelJob, enqueueJob } from '../../../platform/jobs/jobs.service.js';
import { priorityRank, raisedPriority } from '../rules/case-priority.js';
import { ESCALATION_QUEUE } from '../rules/case-routing.js';
import { isActiveCaseState } from '../rules/case-state-machine.js';
import { appendCaseEvents, lockCase, updateCase } from './cases.repository.js';

export const CASE_SLA_JOB = 'governance.case_sla';
export const SLA_ACTOR = 'system:sla';

interface SlaTimerPayload {
  caseId: string;
  dueAt: string;
}

// The key names the due time as well as the case: a timer that fires while escalating must not
// block the timer for the next due time, and a moved deadline cancels exactly the old one.
const timerKey = (caseId: string, dueAt: Date) => `${CASE_SLA_JOB}:${caseId}:${dueAt.getTime()}`;

/** Sets the durable timer that escalates the case if it is still undecided at its due time. */
export async function scheduleSlaTimer(trx: Db, clock: Clock, caseId: string, dueAt: Date): Promise<void> {
  const payload: SlaTimerPayload = { caseId, dueAt: dueAt.toISOString() };
  await enqueueJob(trx, clock, { kind: CASE_SLA_JOB, payload, runAt: dueAt, uniqueKey: timerKey(caseId, dueAt) });
}

export async function moveSlaTimer(trx: Db, clock: Clock, caseId: string, from: Date, to: Date): Promise<void> {
  await cancelJob(trx, clock, timerKey(caseId, from));
  await scheduleSlaTimer(trx, clock, caseId, to);
}

export async function cancelSlaTimer(trx: Db, clock: Clock, caseId: string, dueAt: Date): Promise<void> {
  await cancelJob(trx, clock, timerKey(caseId, dueAt));
}

export interface Escalation {
  caseId: string;
  priority: { from: string; to: string };
  queue: { from: string; to: string };
}

/**
 * Escalates a case whose due time has come while it still waits for a decision: one step up in
 * priority, into the escalation queue, with a case event and an audit entry. An appealed case
 * whose appeal is overdue goes up in priority but stays in the appeals queue, where only reviewers
 * who had no part in the appealed decision take it. The case keeps its due time, so it shows as
 * breached until someone decides it; its reviewer, if any, keeps it. Returns null when there is
 * nothing to do: the case was decided, escalated for this due time already, or its deadline moved.
 */
export async function escalateIfOverdue(trx: Db, clock: Clock, caseId: string): Promise<Escalation | null> {
  const row = await lockCase(trx, caseId);
  const now = clock.now();
  if (!row || row.dueAt.getTime() > now.getTime()) return null;
  const appealed = row.state === 'appealed';
  if (!appealed && !isActiveCaseState(row.state)) return null;
  if (row.escalatedAt && row.escalatedAt.getTime() >= row.dueAt.getTime()) return null;
  const priority = raisedPriority(row.priority);
  const queue = appealed ? row.queue : ESCALATION_QUEUE;
  await updateCase(trx, row.id, {
    priority,
    priorityRank: priorityRank(priority),
    queue,
    escalatedAt: now,
    updatedAt: now,
  });
  const change = {
    dueAt: row.dueAt.toISOString(),
    priority: { from: row.priority, to: priority },
    queue: { from: row.queue, to: queue },
  };
  await appendCaseEvents(trx, [{ caseId: row.id, type: 'escalated', actor: SLA_ACTOR, at: now, data: change }]);
  await appendAudit(trx, clock, {
    actor: SLA_ACTOR,
    action: 'case.escalated',
    subject: row.id,
    before: { priority: row.priority, queue: row.queue, state: row.state, assignee: row.assignee },
    after: { priority, queue },
    reason: `SLA due ${change.dueAt} passed without a decision`,
  });
  return { caseId: row.id, priority: change.priority, queue: change.queue };
}

export function caseSlaJob(clock: Clock): JobHandler {
  return async (payload: SlaTimerPayload, ctx) => {
    await ctx.db.transaction().execute((trx) => escalateIfOverdue(trx, clock, payload.caseId));
  };
}
