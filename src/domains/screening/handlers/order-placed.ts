import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { recordSales } from '../prices/listing-prices.js';

/**
 * Records what each listing sold at (the unit price of every order placed), the history a
 * was-price is checked against. The event's own time counts when it has one: the platform may
 * send a backlog.
 */
export function recordListingSales(clock: Clock): EventHandler<'order.placed'> {
  return async (trx, events) => {
    const now = clock.now();
    await recordSales(
      trx,
      events.map((e) => ({
        orderId: e.data.orderId,
        listingId: e.data.listingId,
        unitAmount: Math.round(e.data.amount.amount / e.data.quantity),
        currency: e.data.amount.currency,
        soldAt: e.time ?? now,
      })),
    );
  };
}
