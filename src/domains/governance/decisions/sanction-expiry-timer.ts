import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { JobHandler } from '../../../platform/jobs/job-runner.js';
import { findDecision, lockSanction, type SanctionRow } from './decisions.repository.js';
import { endSanctions } from './sanction-effects.js';

export { SANCTION_EXPIRY_JOB } from './sanction-effects.js';
export const SANCTION_TIMER_ACTOR = 'system:sanction_timer';

/**
 * Ends a timed sanction whose end has come: `expired`, its lift message, an audit entry. Returns
 * null when there is nothing to do (lifted by a reversal already, expired already, not yet due),
 * so a timer that runs twice changes nothing the second time.
 */
export async function expireSanctionIfDue(trx: Db, clock: Clock, sanctionId: string): Promise<SanctionRow | null> {
  const row = await lockSanction(trx, sanctionId);
  const now = clock.now();
  if (row?.status !== 'active' || !row.endsAt || row.endsAt.getTime() > now.getTime()) return null;
  const decision = await findDecision(trx, row.decisionId);
  const reason =
    decision?.language === 'zh-CN'
      ? `处罚期满（${row.days}天），自动解除`
      : `The measure ended after its ${row.days} days`;
  const [ended] = await endSanctions(trx, clock, [row], 'expired', SANCTION_TIMER_ACTOR, reason);
  await appendAudit(trx, clock, {
    actor: SANCTION_TIMER_ACTOR,
    action: 'sanction.expired',
    subject: row.id,
    before: { status: row.status },
    after: { status: 'expired', endsAt: row.endsAt.toISOString() },
    reason,
  });
  return ended ?? null;
}

export function sanctionExpiryJob(clock: Clock): JobHandler {
  return async (payload: { sanctionId: string }, ctx) => {
    await ctx.db.transaction().execute((trx) => expireSanctionIfDue(trx, clock, payload.sanctionId));
  };
}
