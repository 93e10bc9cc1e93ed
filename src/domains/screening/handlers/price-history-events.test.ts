import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { registerScreening } from '../register.js';
import type { VerdictNotice } from '../verdict-notice.js';

// Price fraud through events: the orders a platform sends are the price history a was-price is
// checked against, and verdicts that need a person reach the listener in their transaction.

let n = 0;
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T08:00:00Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();
const cny = (yuan: number) => ({ amount: yuan * 100, currency: 'CNY' });

describe('price history from orders', () => {
  let f: PlatformFixture;
  let key: string;
  const notices: VerdictNotice[] = [];

  beforeAll(async () => {
    f = await platformFixture({ clock: new ManualClock(at(20)) });
    registerScreening(f.platform, { onVerdicts: async (_trx, batch) => void notices.push(...batch) });
    key = await f.apiKey(['events:write']);
  });
  afterAll(() => f.close());

  const send = async (type: string, time: string, data: unknown) => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${key}` },
      payload: [{ specversion: '1.0', id: `ph-${++n}`, source: 'test://shop', type, time, data }],
    });
    expect(res.json().accepted).toBe(1);
  };
  const listing = (listingId: string, price: number, was?: number) => ({
    listingId,
    merchantId: 'mch-9',
    title: was ? `乳胶枕 原价${was}元 限时${price}元` : `乳胶枕 ${price}元`,
    category: '家居',
    price: cny(price),
    ...(was ? { wasPrice: cny(was) } : {}),
  });
  const order = (orderId: string, listingId: string, yuan: number, quantity = 1) => ({
    orderId,
    buyerId: 'b-1',
    merchantId: 'mch-9',
    listingId,
    quantity,
    amount: cny(yuan * quantity),
  });
  const verdictOf = async (listingId: string) =>
    f.handle.db
      .selectFrom('scrVerdicts')
      .select(['id', 'outcome', 'findings'])
      .where('contentId', '=', listingId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const categories = (v: { findings: unknown }) => (v.findings as { category: string }[]).map((x) => x.category);

  it('flags a was-price above what the listing sold at in the 7 days before, and tells the listener', async () => {
    await send('listing.upserted', at(0), listing('lst-pf', 199));
    await send('order.placed', at(3), order('o-1', 'lst-pf', 199, 2));
    await send('order.placed', at(5), order('o-2', 'lst-pf', 209));
    await send('listing.upserted', at(6), listing('lst-pf', 159, 399));
    const v = await verdictOf('lst-pf');
    expect(categories(v)).toContain('price_fraud');
    expect(v.outcome).not.toBe('allow');
    const notice = notices.find((x) => x.verdictId === v.id);
    expect(notice).toMatchObject({ contentKind: 'listing', subjectKind: 'merchant', subjectId: 'mch-9' });
    expect(notice?.text).toContain('原价399元');
  });

  it('leaves an honest promotion alone: the was-price is the 7-day lowest price', async () => {
    await send('listing.upserted', at(0), listing('lst-ok', 199));
    await send('order.placed', at(2), order('o-3', 'lst-ok', 239));
    await send('order.placed', at(4), order('o-4', 'lst-ok', 199, 3));
    await send('listing.upserted', at(6), listing('lst-ok', 159, 199));
    expect(categories(await verdictOf('lst-ok'))).not.toContain('price_fraud');
  });

  it('does not judge a was-price of a listing that never sold', async () => {
    await send('listing.upserted', at(6), listing('lst-new', 159, 399));
    expect(categories(await verdictOf('lst-new'))).not.toContain('price_fraud');
  });
});
