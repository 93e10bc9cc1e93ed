import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import { cancelJob, enqueueJob } from '../../../platform/jobs/jobs.service.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import type { WebhookData } from '../../../platform/outbox/webhook-types.js';
import { DAY_MS } from '../rules/points-ladder.js';
import { ACTION_RULES, type ActionRequest, liftCodeOf } from '../rules/sanction-actions.js';
import { activeSameMeasure, endSanction, insertSanctions, type SanctionRow } from './decisions.repository.js';

// Sanctions start and end here, each with its enforcement.action message in the same
// transaction, and a durable timer for those with an end.

export const SANCTION_EXPIRY_JOB = 'governance.sanction_expiry';
const timerKey = (sanctionId: string) => `${SANCTION_EXPIRY_JOB}:${sanctionId}`;

export interface DecisionRef {
  id: string;
  subjectKind: SanctionRow['subjectKind'];
  subjectId: string;
  targetKind: SanctionRow['targetKind'];
  targetId: string;
}

export interface SanctionRequest {
  action: ActionRequest;
  reason: string;
  automatic: boolean;
  firingId?: string;
}

type SubjectType = WebhookData<'enforcement.action'>['subjectType'];

// What receivers know as the thing a measure acts on: a comment author is a buyer account.
function subjectTypeOf(kind: string): SubjectType {
  return kind === 'user' ? 'buyer' : (kind as SubjectType);
}

/**
 * The end of a measure as a whole: several sanctions of one action on one account (a reviewer's
 * and the ladder's, say) overlap, and a receiver that applies the latest message must keep the
 * longest. null: one of them has no end.
 */
function combinedEnd(rows: readonly SanctionRow[]): Date | null {
  let end = 0;
  for (const r of rows) {
    if (r.endsAt === null) return null;
    end = Math.max(end, r.endsAt.getTime());
  }
  return new Date(end);
}

async function send(
  trx: Db,
  clock: Clock,
  s: SanctionRow,
  action: string,
  endsAt: Date | null,
  reason: string,
): Promise<void> {
  await publishWebhook(trx, clock, 'enforcement.action', {
    action,
    subjectType: subjectTypeOf(s.appliesToKind),
    subjectId: s.appliesToId,
    reason,
    ...(endsAt ? { until: endsAt.toISOString() } : {}),
    decisionId: s.decisionId,
    sanctionId: s.id,
    partyKind: s.subjectKind,
    partyId: s.subjectId,
    targetKind: s.targetKind,
    targetId: s.targetId,
    endsAt: endsAt ? endsAt.toISOString() : null,
    automatic: s.automatic,
    ...(s.amountMinor !== null && s.currency !== null ? { amountMinor: s.amountMinor, currency: s.currency } : {}),
  });
}

/** Starts sanctions of a decision now: rows, enforcement.action messages, expiry timers. */
export async function imposeSanctions(
  trx: Db,
  clock: Clock,
  decision: DecisionRef,
  requests: readonly SanctionRequest[],
  currency: string,
): Promise<SanctionRow[]> {
  const now = clock.now();
  const rows = await insertSanctions(
    trx,
    requests.map((r) => {
      const rule = ACTION_RULES[r.action.type];
      const onSubject = rule.appliesTo === 'subject';
      return {
        id: newId('snc'),
        decisionId: decision.id,
        subjectKind: decision.subjectKind,
        subjectId: decision.subjectId,
        targetKind: decision.targetKind,
        targetId: decision.targetId,
        action: r.action.type,
        appliesToKind: onSubject ? decision.subjectKind : decision.targetKind,
        appliesToId: onSubject ? decision.subjectId : decision.targetId,
        days: r.action.days ?? null,
        amountMinor: r.action.amount ?? null,
        currency: r.action.amount !== undefined ? currency : null,
        startsAt: now,
        endsAt: r.action.days !== undefined ? new Date(now.getTime() + r.action.days * DAY_MS) : null,
        status: rule.oneOff ? ('applied' as const) : ('active' as const),
        automatic: r.automatic,
        firingId: r.firingId ?? null,
        reason: r.reason,
        endedAt: null,
        endedBy: null,
      };
    }),
  );
  for (const s of rows) {
    const endsAt =
      s.status === 'active'
        ? combinedEnd(await activeSameMeasure(trx, s.action, s.appliesToKind, s.appliesToId))
        : s.endsAt;
    await send(trx, clock, s, s.action, endsAt, s.reason);
    if (s.status === 'active' && s.endsAt) {
      await enqueueJob(trx, clock, {
        kind: SANCTION_EXPIRY_JOB,
        payload: { sanctionId: s.id },
        runAt: s.endsAt,
        uniqueKey: timerKey(s.id),
      });
    }
  }
  return rows;
}

/**
 * Ends sanctions (their time ran out, or a reversal lifts them). The message tells receivers
 * what now holds: the lift code when no other sanction keeps the same measure in force, else the
 * measure again with the end of those that remain.
 */
export async function endSanctions(
  trx: Db,
  clock: Clock,
  rows: readonly SanctionRow[],
  status: 'expired' | 'lifted',
  by: string,
  reason: string,
): Promise<SanctionRow[]> {
  const now = clock.now();
  const ended: SanctionRow[] = [];
  for (const row of rows) {
    const s = await endSanction(trx, row.id, status, now, by);
    ended.push(s);
    if (row.endsAt) await cancelJob(trx, clock, timerKey(row.id));
    const remaining =
      row.status === 'active' ? await activeSameMeasure(trx, s.action, s.appliesToKind, s.appliesToId) : [];
    if (remaining.length > 0) {
      await send(trx, clock, s, s.action, combinedEnd(remaining), remaining[0]!.reason);
      continue;
    }
    const lift = liftCodeOf(s.action);
    if (lift) await send(trx, clock, s, lift, null, reason);
  }
  return ended;
}
