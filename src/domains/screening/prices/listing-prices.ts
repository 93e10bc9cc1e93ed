import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { Money } from '../../../platform/events/event-types.js';

// The reference price of a promotion, as the price rules define it: the lowest transaction price
// in the 7 days before the promotion starts, or, when nothing sold in those days, the last
// transaction price before it. A promotion starts when a listing first shows its current
// was-price, so editing a listing's description mid-promotion does not move the window onto the
// promotion's own lower prices.

const WINDOW_MS = 7 * 86_400_000;

export interface ListingSale {
  orderId: string;
  listingId: string;
  /** Unit price in minor units. */
  unitAmount: number;
  currency: string;
  soldAt: Date;
}

/** Records sales; an order seen before (a replayed event) is kept as first recorded. */
export async function recordSales(db: Db, sales: readonly ListingSale[]): Promise<void> {
  if (sales.length === 0) return;
  await db
    .insertInto('scrListingSales')
    .values(sales.map((s) => ({ ...s })))
    .onConflict((oc) => oc.column('orderId').doNothing())
    .execute();
}

/** Ends the promotions of listings that no longer show a was-price. */
export async function endPromotions(db: Db, listingIds: readonly string[]): Promise<void> {
  if (listingIds.length === 0) return;
  await db.deleteFrom('scrListingPromotions').where('listingId', 'in', listingIds).execute();
}

/**
 * When the listing's promotion at this was-price began: the time it was first seen with it, now
 * for a new or changed was-price.
 */
export async function promotionStart(db: Db, listingId: string, wasPrice: Money, now: Date): Promise<Date> {
  const row = await db
    .insertInto('scrListingPromotions')
    .values({ listingId, wasAmount: wasPrice.amount, currency: wasPrice.currency, startedAt: now })
    .onConflict((oc) =>
      oc.column('listingId').doUpdateSet({
        // Same was-price: the promotion goes on from when it began; another: it begins now.
        startedAt: sql`case when scr_listing_promotions.was_amount = excluded.was_amount
          and scr_listing_promotions.currency = excluded.currency
          then scr_listing_promotions.started_at else excluded.started_at end`,
        wasAmount: (eb) => eb.ref('excluded.wasAmount'),
        currency: (eb) => eb.ref('excluded.currency'),
      }),
    )
    .returning('startedAt')
    .executeTakeFirstOrThrow();
  return new Date(row.startedAt);
}

/** The promotion's reference price in minor units of currency, with when it was paid; undefined if it never sold. */
export async function referenceSale(
  db: Db,
  listingId: string,
  currency: string,
  start: Date,
): Promise<{ unitAmount: number; soldAt: Date } | undefined> {
  const base = db
    .selectFrom('scrListingSales')
    .select(['unitAmount', 'soldAt'])
    .where('listingId', '=', listingId)
    .where('currency', '=', currency)
    .where('soldAt', '<', start);
  const lowest = await base
    .where('soldAt', '>=', new Date(start.getTime() - WINDOW_MS))
    .orderBy('unitAmount', 'asc')
    .orderBy('soldAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  const sale = lowest ?? (await base.orderBy('soldAt', 'desc').limit(1).executeTakeFirst());
  return sale ? { unitAmount: Number(sale.unitAmount), soldAt: new Date(sale.soldAt) } : undefined;
}
