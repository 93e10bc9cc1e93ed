import type { Clock } from '../../platform/clock.js';
import type { EventHandler } from '../../platform/events/event-handlers.js';
import { publishWebhook } from '../../platform/outbox/publish.js';

/**
 * Every report gets a receipt (DSA Art. 16(4)): a `report.acknowledged` webhook for the platform
 * to pass to the reporter, written in the intake transaction so a stored report always has one.
 */
export function acknowledgeReports(clock: Clock): EventHandler<'report.filed'> {
  return async (trx, events) => {
    const receivedAt = clock.now().toISOString();
    for (const e of events) {
      await publishWebhook(trx, clock, 'report.acknowledged', {
        reportId: e.data.reportId,
        targetType: e.data.targetType,
        targetId: e.data.targetId,
        category: e.data.category,
        receivedAt,
      });
    }
  };
}
