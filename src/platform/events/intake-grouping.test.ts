import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { registerDomains } from '../../domains/register-domains.js';
import { testDbKind } from '../db/test-database.js';

// Requests that arrive together share one intake transaction (group commit). What each request
// is told, what handlers see and what is stored must be as if each had its own.

const paid = (id: string) =>
  cloudEvent(
    'order.paid',
    { orderId: `o-${id}`, buyerId: 'b1', merchantId: 'm1', amount: { amount: 12_900, currency: 'CNY' } },
    id,
  );
const refunded = (id: string, orderId: string) =>
  cloudEvent('order.refunded', { orderId, amount: { amount: 100, currency: 'CNY' } }, id);
const segment = (id: string, sessionId: string, seq: number, text: string) =>
  cloudEvent(
    'live.segment',
    { sessionId, hostId: 'host-g', seq, text, startMs: seq * 5_000, endMs: seq * 5_000 + 4_000 },
    id,
  );

describe('intake transactions shared by requests that arrive together', () => {
  let f: PlatformFixture;
  const handled: string[] = [];
  let rollbacks = 0;

  beforeAll(async () => {
    // One transaction at a time: whatever arrives while it runs waits and goes in the next. On
    // PostgreSQL its queries are pipelined, as `xinren serve` runs them.
    f = await platformFixture({ intake: { groups: { concurrent: 1 }, pipelined: testDbKind() === 'postgres' } });
    registerDomains(f.platform);
    // Keeps in memory what it handled, and forgets it again when the transaction rolls back.
    f.platform.eventHandlers.on('order.paid', async (_trx, events, intake) => {
      const mine = events.map((e) => e.data.orderId);
      handled.push(...mine);
      intake.onRollback(() => {
        rollbacks++;
        for (const o of mine) handled.splice(handled.lastIndexOf(o), 1);
      });
    });
    f.platform.eventHandlers.on('order.refunded', async (trx, events, intake) => {
      if (events.some((e) => e.data.orderId === 'poison')) throw new Error('this refund breaks its handler');
      // A last write that fails in the database, on PostgreSQL after the COMMIT has been sent.
      if (events.some((e) => e.data.orderId === 'db-poison')) intake.commitWith(sql`select 1 / 0`.execute(trx));
    });
  });
  afterAll(() => f.close());

  const ingest = (batch: unknown[]) => f.platform.events.ingest(batch, null);
  const storedIds = async (ids: string[]) =>
    (await f.handle.db.selectFrom('evtEvents').select('id').where('id', 'in', ids).orderBy('id').execute()).map(
      (r) => r.id,
    );

  it('tells each request what it stored, and an event two requests sent belongs to the first', async () => {
    handled.length = 0;
    const before = f.platform.events.groupStats;
    const results = await Promise.all([
      ingest([paid('g1'), paid('g2')]),
      ingest([paid('g2'), paid('g3')]),
      ingest([paid('g1')]),
    ]);
    const after = f.platform.events.groupStats;
    expect({ groups: after.groups - before.groups, batches: after.batches - before.batches }).toEqual({
      groups: 1,
      batches: 3,
    });
    expect(results.map((r) => [r.accepted, r.duplicates])).toEqual([
      [2, []],
      [1, [0]],
      [0, [0]],
    ]);
    expect(handled).toEqual(['o-g1', 'o-g2', 'o-g3']);
    expect(await storedIds(['g1', 'g2', 'g3'])).toEqual(['g1', 'g2', 'g3']);
    // Sent again later, alone: all three are duplicates.
    expect((await ingest([paid('g1'), paid('g2'), paid('g3')])).duplicates).toEqual([0, 1, 2]);
  });

  it('fails only the request whose events break a handler; the others are stored', async () => {
    handled.length = 0;
    rollbacks = 0;
    const outcomes = await Promise.allSettled([
      ingest([paid('p1')]),
      ingest([paid('p2'), refunded('p3', 'poison')]),
      ingest([paid('p4')]),
    ]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.accepted : (o.reason as Error).message))).toEqual([
      1,
      'this refund breaks its handler',
      1,
    ]);
    expect(await storedIds(['p1', 'p2', 'p3', 'p4'])).toEqual(['p1', 'p4']);
    // The group rolled back (one undo), then each request went alone: p2's did too (a second).
    expect(rollbacks).toBe(2);
    expect(handled).toEqual(['o-p1', 'o-p4']);
  });

  it('rolls back a request whose last write fails in the database, and tells it why', async () => {
    handled.length = 0;
    const outcomes = await Promise.allSettled([
      ingest([paid('d1')]),
      ingest([paid('d2'), refunded('d3', 'db-poison')]),
    ]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.accepted : (o.reason as Error).message))).toEqual([
      1,
      'division by zero',
    ]);
    expect(await storedIds(['d1', 'd2', 'd3'])).toEqual(['d1']);
    expect(handled).toEqual(['o-d1']);
  });

  it('hands its handlers only the new events of a batch that repeats one stored before', async () => {
    await ingest([paid('r1')]);
    handled.length = 0;
    rollbacks = 0;
    const result = await ingest([paid('r1'), paid('r2')]);
    expect([result.accepted, result.duplicates]).toEqual([1, [0]]);
    expect(handled).toEqual(['o-r2']);
    expect(await storedIds(['r1', 'r2'])).toEqual(['r1', 'r2']);
    // On PostgreSQL both were first handled as new while their insert was on its way; that
    // transaction rolled back when the insert said r1 was there already.
    expect(rollbacks).toBe(testDbKind() === 'postgres' ? 1 : 0);
  });

  it('still stops a stream whose stopping segment was in a group that rolled back', async () => {
    await f.platform.webhooks.createEndpoint({
      url: 'http://127.0.0.1:1/hook',
      eventTypes: ['stream.stop_requested'],
      actor: 'test',
    });
    await ingest([segment('s-0', 'live-g', 0, '欢迎来到直播间')]);
    const outcomes = await Promise.allSettled([
      ingest([segment('s-1', 'live-g', 1, '私下出售冰毒，懂的来找我')]),
      ingest([refunded('s-2', 'poison')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    // The failed group had screened the segment and decided to stop; had this process kept that
    // memory, the segment's second screening would have taken the stream for stopped already.
    const stops = await f.handle.db
      .selectFrom('outboxMessages')
      .select('payload')
      .where('type', '=', 'stream.stop_requested')
      .execute();
    const sessions = stops.map(
      (r) =>
        ((typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: { sessionId: string } }).data
          .sessionId,
    );
    expect(sessions).toEqual(['live-g']);
    const verdicts = await f.handle.db
      .selectFrom('scrVerdicts')
      .select('outcome')
      .where('contentId', '=', 'live-g:1')
      .execute();
    expect(verdicts.map((v) => v.outcome)).toEqual(['stop_stream']);
  });
});
