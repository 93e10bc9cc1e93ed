import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../platform/db/test-database.js';
import type { EventData } from '../../../platform/events/event-types.js';
import { listingPriceContexts } from './listing-price-context.js';
import { recordSales } from './listing-prices.js';
import { toMajorUnits } from './minor-units.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const day = (n: number) => new Date(T0 + n * DAY);
const cny = (yuan: number) => ({ amount: yuan * 100, currency: 'CNY' });

function listing(listingId: string, price: number, was?: number): EventData<'listing.upserted'> {
  return {
    listingId,
    merchantId: 'm1',
    title: '乳胶枕',
    category: '家居',
    price: cny(price),
    wasPrice: was === undefined ? undefined : cny(was),
    status: 'active',
  };
}

describe('the price context of an upserted listing', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const contextOf = async (l: EventData<'listing.upserted'>, at: Date) =>
    (await listingPriceContexts(t.db, [{ listing: l, at }]))[0];

  it('turns minor units into the major units the engine reads', async () => {
    const c = await contextOf(listing('l-units', 199), day(0));
    expect(c.price).toEqual({ amount: 199, currency: 'CNY' });
    expect(toMajorUnits(500, 'JPY')).toBe(500);
    expect(toMajorUnits(1999, 'USD')).toBe(19.99);
    expect(c.priceHistory).toBeUndefined();
  });

  it('takes the lowest sale of the 7 days before the promotion began, not older or later ones', async () => {
    await recordSales(t.db, [
      { orderId: 'o1', listingId: 'l-7d', unitAmount: 9_900, currency: 'CNY', soldAt: day(1) }, // 9 days before: outside
      { orderId: 'o2', listingId: 'l-7d', unitAmount: 25_900, currency: 'CNY', soldAt: day(4) },
      { orderId: 'o3', listingId: 'l-7d', unitAmount: 23_900, currency: 'CNY', soldAt: day(8) },
      { orderId: 'o4', listingId: 'l-7d', unitAmount: 100, currency: 'USD', soldAt: day(8) }, // other currency
    ]);
    const c = await contextOf(listing('l-7d', 199, 259), day(10));
    expect(c.wasPrice).toEqual({ amount: 259, currency: 'CNY' });
    expect(c.priceHistory).toEqual([{ date: day(8).toISOString(), amount: 239 }]);

    // Sold at the promotional price during the promotion: the window stays before its start.
    await recordSales(t.db, [
      { orderId: 'o5', listingId: 'l-7d', unitAmount: 19_900, currency: 'CNY', soldAt: day(11) },
    ]);
    const later = await contextOf({ ...listing('l-7d', 199, 259), description: '新增尺码' }, day(12));
    expect(later.priceHistory?.[0]?.amount).toBe(239);
  });

  it('starts a new promotion when the was-price changes or comes back', async () => {
    const changed = await contextOf(listing('l-7d', 199, 299), day(13));
    // Now the promotional sale of day 11 lies in the 7 days before the new start.
    expect(changed.priceHistory?.[0]?.amount).toBe(199);
    await contextOf(listing('l-7d', 199), day(14));
    const again = await contextOf(listing('l-7d', 199, 299), day(30));
    // Nothing sold in the 7 days before day 30: the last sale before counts.
    expect(again.priceHistory).toEqual([{ date: day(11).toISOString(), amount: 199 }]);
  });

  it('gives an empty history to a was-price of a listing that never sold', async () => {
    const c = await contextOf(listing('l-new', 99, 399), day(2));
    expect(c.priceHistory).toEqual([]);
  });

  it('keeps the first record of a replayed order', async () => {
    await recordSales(t.db, [{ orderId: 'o-r', listingId: 'l-r', unitAmount: 5_000, currency: 'CNY', soldAt: day(1) }]);
    await recordSales(t.db, [{ orderId: 'o-r', listingId: 'l-r', unitAmount: 1, currency: 'CNY', soldAt: day(1) }]);
    const c = await contextOf(listing('l-r', 40, 50), day(3));
    expect(c.priceHistory?.[0]?.amount).toBe(50);
  });
});
