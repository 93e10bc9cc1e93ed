import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { registerDomains } from '../../register-domains.js';

let n = 0;

describe('screening event handlers', () => {
  let f: PlatformFixture;
  let key: string;
  const clock = new ManualClock('2026-11-25T08:00:00Z');

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerDomains(f.platform);
    key = await f.apiKey(['events:write']);
    await f.platform.webhooks.createEndpoint({ url: 'http://127.0.0.1:1/hook', eventTypes: ['*'], actor: 'test' });
  });
  afterAll(() => f.close());

  const send = async (type: string, data: unknown) => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${key}` },
      payload: [cloudEvent(type, data, `e-${++n}`)],
    });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.json().accepted).toBe(1);
  };

  /** Webhook payloads queued so far, oldest first. */
  const messages = async () => {
    const rows = await f.handle.db.selectFrom('outboxMessages').select(['type', 'payload']).orderBy('id').execute();
    return rows.map((r) => {
      const body = (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: any };
      return { type: r.type, data: body.data };
    });
  };

  const listing = (listingId: string, title: string, description?: string) => ({
    listingId,
    merchantId: 'mch-1',
    title,
    description,
    category: '箱包',
    price: { amount: 39_900, currency: 'CNY' },
  });

  const segment = (sessionId: string, seq: number, text: string) => ({
    sessionId,
    hostId: 'host-1',
    seq,
    text,
    startMs: seq * 5_000,
    endMs: seq * 5_000 + 4_000,
  });

  it('queues listing.blocked or listing.flagged for a counterfeit listing, with a verdict', async () => {
    await send('listing.upserted', listing('lst-fake', '高仿LV手提包', '原单品质，专柜同款'));
    const deliveries = await f.platform.webhooks.listDeliveries({ limit: 10 });
    expect(deliveries.map((d) => d.eventType)).toHaveLength(1);
    expect(['listing.blocked', 'listing.flagged']).toContain(deliveries[0].eventType);
    const delivery = await f.platform.webhooks.getDelivery(deliveries[0].id);
    const data = (delivery.payload as { data: { listingId: string; merchantId: string; reason: string } }).data;
    expect(data).toMatchObject({ listingId: 'lst-fake', merchantId: 'mch-1' });
    expect(data.reason).toContain('counterfeit');
    expect(data.reason).toContain('高仿');
    const verdicts = await f.handle.db
      .selectFrom('scrVerdicts')
      .selectAll()
      .where('contentId', '=', 'lst-fake')
      .execute();
    expect(verdicts).toHaveLength(1);
    // The default policy is seeded as version 1 and decides.
    expect(verdicts[0]).toMatchObject({ contentKind: 'listing', subjectId: 'mch-1', policy: '1' });
    expect(verdicts[0].id).toMatch(/^vrd_/);
  });

  it('queues nothing for an ordinary listing, but stores its allow verdict', async () => {
    const before = (await messages()).length;
    await send('listing.upserted', listing('lst-ok', '纯棉短袖T恤 夏季新款', '舒适透气，多色可选，支持七天无理由退货'));
    expect(await messages()).toHaveLength(before);
    const v = await f.handle.db.selectFrom('scrVerdicts').selectAll().where('contentId', '=', 'lst-ok').execute();
    expect(v.map((x) => x.outcome)).toEqual(['allow']);
  });

  it('finds a term split across two live segments, with offsets into the second', async () => {
    clock.advance(600_000);
    await send('live.segment', segment('live-split', 0, '家人们想要优惠的加微'));
    await send('live.segment', segment('live-split', 1, '信 abc123 私聊下单'));
    const rows = await f.handle.db
      .selectFrom('scrVerdicts')
      .selectAll()
      .where('contentId', '=', 'live-split:1')
      .execute();
    expect(rows).toHaveLength(1);
    const findings = rows[0].findings as { term: string; start: number; end: number; category: string }[];
    const split = findings.find((x) => x.term === '加微信');
    // It starts in the previous segment: offset 0 here, ending at 信 or after the id that follows.
    expect(split).toMatchObject({ category: 'diversion', start: 0 });
    expect(split?.end).toBeGreaterThanOrEqual(1);
    // The first segment's own finding (加微) is not counted again with the second.
    expect(findings.filter((x) => x.term === '加微')).toEqual([]);
  });

  it('requests a stop once for a severe segment, whatever follows', async () => {
    await send('live.segment', segment('live-bad', 0, '欢迎来到直播间'));
    await send('live.segment', segment('live-bad', 1, '私下出售冰毒，懂的来'));
    await send('live.segment', segment('live-bad', 2, '还有冰毒和枪支出售'));
    await send('live.segment', segment('live-bad', 3, '出售冰毒'));
    const stops = (await messages()).filter((m) => m.type === 'stream.stop_requested');
    const bad = stops.filter((m) => m.data.sessionId === 'live-bad');
    expect(bad).toHaveLength(1);
    expect(bad[0].data).toMatchObject({ sessionId: 'live-bad', hostId: 'host-1' });
    expect(bad[0].data.reason).toContain('drugs');
    const stored = await f.handle.db
      .selectFrom('scrVerdicts')
      .select('outcome')
      .where('contentId', 'like', 'live-bad:%')
      .execute();
    expect(stored.map((x) => x.outcome)).toEqual(['stop_stream', 'stop_stream', 'stop_stream']);
  });

  it('does not request the stop again for a session the store already stopped (a restart)', async () => {
    const g = await platformFixture({ clock });
    try {
      registerDomains(g.platform);
      const k = await g.apiKey(['events:write']);
      const post = (id: string, data: unknown) =>
        g.app.inject({
          method: 'POST',
          url: '/v1/events',
          headers: { authorization: `Bearer ${k}` },
          payload: [cloudEvent('live.segment', data, id)],
        });
      await post('r-1', segment('live-restart', 0, '出售冰毒'));
      // A second process over the same database has no state for the session.
      const { createPlatform } = await import('../../../platform/platform.js');
      const { buildApp } = await import('../../../app.js');
      const pino = (await import('pino')).default;
      const other = createPlatform(g.handle.db, clock, pino({ level: 'silent' }));
      registerDomains(other);
      const app = await buildApp({ platform: other, loginAttemptsPerMinute: 1_000 });
      await app.inject({
        method: 'POST',
        url: '/v1/events',
        headers: { authorization: `Bearer ${k}` },
        payload: [cloudEvent('live.segment', segment('live-restart', 1, '枪支出售 冰毒'), 'r-2')],
      });
      await app.close();
      const stops = await g.handle.db
        .selectFrom('outboxMessages')
        .select('type')
        .where('type', '=', 'stream.stop_requested')
        .execute();
      expect(stops).toHaveLength(1);
    } finally {
      await g.close();
    }
  });

  it('lets a decaying score pass mild findings spread out, and stops them when they come fast', async () => {
    const mild = '今天全网最低价';
    for (let seq = 0; seq < 6; seq++) {
      await send('live.segment', segment('live-slow', seq, mild));
      clock.advance(180_000);
    }
    let stops = (await messages()).filter((m) => m.type === 'stream.stop_requested');
    expect(stops.filter((m) => m.data.sessionId === 'live-slow')).toEqual([]);

    for (let seq = 0; seq < 6; seq++) {
      await send('live.segment', segment('live-fast', seq, mild));
      clock.advance(2_000);
    }
    stops = (await messages()).filter((m) => m.type === 'stream.stop_requested');
    const fast = stops.filter((m) => m.data.sessionId === 'live-fast');
    expect(fast).toHaveLength(1);
    expect(fast[0].data.reason).toContain('ad_superlative');
  });

  it('forgets a session on live.ended', async () => {
    await send('live.segment', segment('live-end', 0, '想要的加微'));
    await send('live.ended', { sessionId: 'live-end', hostId: 'host-1', reason: 'finished' });
    await send('live.segment', segment('live-end', 1, '信 abc123'));
    const rows = await f.handle.db
      .selectFrom('scrVerdicts')
      .selectAll()
      .where('contentId', '=', 'live-end:1')
      .execute();
    const terms = rows.flatMap((r) => (r.findings as { term: string }[]).map((x) => x.term));
    expect(terms).not.toContain('加微信');
  });
});
