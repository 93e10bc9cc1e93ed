import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent } from '../../../../test/support/platform-fixture.js';
import { socketWrites } from '../../../../test/support/socket-writes.js';
import { buildApp } from '../../../app.js';
import { ManualClock } from '../../../platform/clock.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../platform/db/test-database.js';
import { createPlatform, type Platform, platformOptionsFor } from '../../../platform/platform.js';
import { engineSourceFor } from '../policy/screening-sources.js';
import { registerScreening } from '../register.js';

// Two processes over one database, each with its own in-memory sessions, sharing the state.
describe('live sessions shared through the database', () => {
  let handle: TestDatabase;
  const clock = new ManualClock('2026-11-25T12:00:00Z');
  let n = 0;
  const processes: { platform: Platform; send(data: unknown): Promise<void>; close(): Promise<void> }[] = [];

  beforeAll(async () => {
    handle = await createTestDatabase();
    // A running server has its lexicons loaded (seeded into a new database) before segments come.
    await engineSourceFor(handle.db).current();
    for (let i = 0; i < 2; i++) {
      // As `xinren serve` runs: on PostgreSQL, intake is optimistic (see IntakeTransaction).
      const platform = createPlatform(handle.db, clock, pino({ level: 'silent' }), platformOptionsFor(handle));
      registerScreening(platform, { live: { shared: true } });
      const app = await buildApp({ platform });
      const { key } = await platform.auth.createApiKey({ name: `p${i}`, scopes: ['events:write'], actor: 'test' });
      processes.push({
        platform,
        async send(data) {
          const res = await app.inject({
            method: 'POST',
            url: '/v1/events',
            headers: { authorization: `Bearer ${key}` },
            payload: [cloudEvent('live.segment', data, `s-${++n}`)],
          });
          expect(res.json().accepted).toBe(1);
        },
        close: () => app.close(),
      });
    }
  }, 60_000);
  afterAll(async () => {
    for (const p of processes) await p.close();
    await handle.close();
  });

  const segment = (sessionId: string, seq: number, text: string) => ({
    sessionId,
    hostId: 'host-s',
    seq,
    text,
    startMs: seq * 5_000,
    endMs: seq * 5_000 + 4_000,
  });

  it('finds a term split across segments that two processes screened', async () => {
    await processes[0].send(segment('shared-split', 0, '家人们想要优惠的加微'));
    await processes[1].send(segment('shared-split', 1, '信 abc123 私聊下单'));
    const row = await handle.db
      .selectFrom('scrVerdicts')
      .select('findings')
      .where('contentId', '=', 'shared-split:1')
      .executeTakeFirstOrThrow();
    const terms = (row.findings as { term: string; start: number }[]).filter((x) => x.term === '加微信');
    expect(terms).toEqual([expect.objectContaining({ start: 0 })]);
    const stored = await handle.db
      .selectFrom('scrLiveSessions')
      .select(['lastSeq', 'stopped'])
      .where('sessionId', '=', 'shared-split')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ lastSeq: 1, stopped: false });
  });

  it('requests a stop once whichever process sees the next severe segment, and forgets on live.ended', async () => {
    await processes[0].send(segment('shared-stop', 0, '出售冰毒'));
    await processes[1].send(segment('shared-stop', 1, '还有冰毒和枪支出售'));
    const stops = await handle.db
      .selectFrom('outboxMessages')
      .select('payload')
      .where('type', '=', 'stream.stop_requested')
      .execute();
    expect(stops.filter((s) => JSON.stringify(s.payload).includes('shared-stop'))).toHaveLength(1);
    const stored = await handle.db
      .selectFrom('scrLiveSessions')
      .select('stopped')
      .where('sessionId', '=', 'shared-stop')
      .executeTakeFirstOrThrow();
    expect(stored.stopped).toBe(true);
  });

  it('adds up the session score across processes', async () => {
    for (let seq = 0; seq < 4; seq++) await processes[seq % 2].send(segment('shared-score', seq, '今天全网最低价'));
    const verdicts = await handle.db
      .selectFrom('scrVerdicts')
      .select('findings')
      .where('contentId', 'like', 'shared-score:%')
      .execute();
    expect(verdicts).toHaveLength(4);
    const perSegment = Math.max(...(verdicts[0].findings as { severity: number }[]).map((x) => x.severity));
    const stored = await handle.db
      .selectFrom('scrLiveSessions')
      .select('score')
      .where('sessionId', '=', 'shared-score')
      .executeTakeFirstOrThrow();
    // The clock stands still, so nothing decays: every process added to one score.
    expect(stored.score).toBeGreaterThanOrEqual(4 * perSegment);
  });

  const retries = () => processes.reduce((sum, p) => sum + p.platform.events.retriedCarefully, 0);
  const optimistic = testDbKind() === 'postgres';

  it.skipIf(!optimistic)('takes one round trip for a segment of a session the process holds, a stop too', async () => {
    await processes[0].send(segment('shared-trip', 0, '欢迎来到直播间'));
    // BEGIN, the event, the session's new state and COMMIT leave in one write; a stop adds its
    // message and verdict to it.
    const plain = await socketWrites(() => processes[0].send(segment('shared-trip', 1, '今天给大家介绍新款')));
    const stop = await socketWrites(() => processes[0].send(segment('shared-trip', 2, '私下出售冰毒，懂的来找我')));
    expect([plain, stop]).toEqual([1, 1]);
    const stored = await handle.db
      .selectFrom('scrVerdicts')
      .select('outcome')
      .where('contentId', '=', 'shared-trip:2')
      .executeTakeFirstOrThrow();
    expect(stored.outcome).toBe('stop_stream');
  });

  it('loses no update when both processes write one session at once', async () => {
    // Each process holds the session at some version; half the writes find that another process
    // wrote in between, and must screen again from the stored state instead of overwriting it.
    const retriesBefore = retries();
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      await Promise.all([
        processes[0].send(segment('shared-race', 2 * round, '今天全网最低价')),
        processes[1].send(segment('shared-race', 2 * round + 1, '今天全网最低价')),
      ]);
    }
    const verdicts = await handle.db
      .selectFrom('scrVerdicts')
      .select('findings')
      .where('contentId', 'like', 'shared-race:%')
      .execute();
    expect(verdicts).toHaveLength(2 * rounds);
    const perSegment = Math.max(...(verdicts[0].findings as { severity: number }[]).map((x) => x.severity));
    const stored = await handle.db
      .selectFrom('scrLiveSessions')
      .select(['score', 'version', 'lastSeq'])
      .where('sessionId', '=', 'shared-race')
      .executeTakeFirstOrThrow();
    // The clock stands still: every segment's severity is in the one score, and each write counted.
    expect(stored.score).toBeGreaterThanOrEqual(2 * rounds * perSegment);
    expect(stored.version).toBe(2 * rounds);
    expect(stored.lastSeq).toBe(2 * rounds - 1);
    // Optimistic, a write that found another version failed its transaction, which ran again.
    if (optimistic) expect(retries() - retriesBefore).toBeGreaterThan(0);
  });

  it('sees a change another process stored while this one held the session', async () => {
    await processes[0].send(segment('shared-held', 0, '欢迎来到直播间'));
    await processes[0].send(segment('shared-held', 1, '今天给大家介绍新款'));
    // Another process (here: a direct write) stops the stream and counts up the version.
    await handle.db
      .updateTable('scrLiveSessions')
      .set((eb) => ({ stopped: true, version: eb('version', '+', 1) }))
      .where('sessionId', '=', 'shared-held')
      .execute();
    const retriesBefore = retries();
    await processes[0].send(segment('shared-held', 2, '私下出售冰毒，懂的来找我'));
    expect(retries() - retriesBefore).toBe(optimistic ? 1 : 0);
    const stops = await handle.db
      .selectFrom('outboxMessages')
      .select('payload')
      .where('type', '=', 'stream.stop_requested')
      .execute();
    // Process 0 held the session as it wrote it, but its write was refused and it read the stop.
    expect(stops.filter((s) => JSON.stringify(s.payload).includes('shared-held'))).toHaveLength(0);
    const stored = await handle.db
      .selectFrom('scrLiveSessions')
      .select(['version', 'lastSeq'])
      .where('sessionId', '=', 'shared-held')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ version: 4, lastSeq: 2 });
  });
});
