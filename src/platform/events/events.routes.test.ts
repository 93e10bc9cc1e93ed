import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { EVENT_TYPES } from './event-types.js';

const paid = (id: string, orderId = `o-${id}`) =>
  cloudEvent(
    'order.paid',
    { orderId, buyerId: 'b1', merchantId: 'm1', amount: { amount: 12_900, currency: 'CNY' } },
    id,
  );

describe('POST /v1/events', () => {
  let f: PlatformFixture;
  let key: string;
  const handled: string[] = [];

  beforeAll(async () => {
    f = await platformFixture();
    key = await f.apiKey(['events:write']);
    f.platform.eventHandlers.on('order.paid', async (trx, events) => {
      for (const e of events) handled.push(e.data.orderId);
      await sql`select 1`.execute(trx);
    });
  });
  afterAll(() => f.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/cloudevents-batch+json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const count = async () =>
    Number(
      (
        await f.platform.db
          .selectFrom('evtEvents')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('accepts the good events of a batch and rejects the bad ones with their index and reason', async () => {
    const res = await post([
      paid('e1'),
      cloudEvent('order.paid', { orderId: 'x' }, 'e2'),
      cloudEvent('no.such.type', {}, 'e3'),
      { id: 'e4', type: 'order.paid' },
      paid('e5'),
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.accepted).toBe(2);
    expect(body.duplicates).toEqual([]);
    expect(body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [1, 'events.invalid_data'],
      [2, 'events.unknown_type'],
      [3, 'events.invalid_envelope'],
    ]);
    expect(body.rejected[0].message).toMatch(/buyerId/);
    expect(handled).toEqual(['o-e1', 'o-e5']);
  });

  it('changes nothing when a batch is retried and names the duplicates', async () => {
    const before = await count();
    const res = await post([paid('e1'), paid('e5'), paid('e6')]);
    expect(res.json()).toEqual({ accepted: 1, duplicates: [0, 1], rejected: [] });
    expect(await count()).toBe(before + 1);
    expect(handled.filter((h) => h === 'o-e1')).toHaveLength(1);
  });

  it('treats a repeat inside one batch as a duplicate', async () => {
    const res = await post([paid('e7'), paid('e7')]);
    expect(res.json()).toEqual({ accepted: 1, duplicates: [1], rejected: [] });
  });

  it('identifies events by source and id together', async () => {
    const res = await post([cloudEvent('order.delivered', { orderId: 'o1' }, 'e1', 'test://other-shop')]);
    expect(res.json().accepted).toBe(1);
  });

  it('lists the types it accepts', async () => {
    const res = await f.app.inject({
      method: 'GET',
      url: '/v1/events/types',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.json().items).toContain('live.segment');
    expect([...res.json().items].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
  });

  it('takes application/json as well', async () => {
    const res = await post([paid('e8')], { 'content-type': 'application/json' });
    expect(res.json().accepted).toBe(1);
  });

  it('answers 400 to a body that is not a batch', async () => {
    for (const body of [{ specversion: '1.0' }, '"text"', '42']) {
      const res = await post(body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('events.not_a_batch');
    }
    const broken = await post('[{"id": ');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('http.invalid_json');
  });

  it('answers 413 to more than 1,000 events', async () => {
    const before = await count();
    const res = await post(Array.from({ length: 1_001 }, (_, i) => paid(`big-${i}`)));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('events.batch_too_large');
    expect(await count()).toBe(before);
  });

  it('answers 401 without a key or with a wrong one, and 403 to a key without the scope', async () => {
    const none = await f.app.inject({ method: 'POST', url: '/v1/events', payload: [] });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('auth.unauthenticated');
    const wrong = await post([], { authorization: 'Bearer xr_nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('auth.invalid_api_key');
    const readOnly = await f.apiKey(['read']);
    const forbidden = await post([paid('e9')], { authorization: `Bearer ${readOnly}` });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('auth.missing_scope');
  });

  it('stops accepting a revoked key', async () => {
    const k = await f.platform.auth.createApiKey({ name: 'short-lived', scopes: ['events:write'], actor: 'test' });
    expect((await post([paid('r1')], { authorization: `Bearer ${k.key}` })).statusCode).toBe(200);
    await f.platform.auth.revokeApiKey(k.apiKey.id, 'test');
    expect((await post([paid('r2')], { authorization: `Bearer ${k.key}` })).statusCode).toBe(401);
  });

  it('rolls the whole batch back when a domain handler fails', async () => {
    const before = await count();
    f.platform.eventHandlers.on('order.refunded', async () => {
      throw new Error('handler broke');
    });
    const res = await post([
      paid('h1'),
      cloudEvent('order.refunded', { orderId: 'o1', amount: { amount: 100, currency: 'CNY' } }, 'h2'),
    ]);
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('http.internal');
    expect(await count()).toBe(before);
  });
});
