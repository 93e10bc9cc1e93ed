import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrations.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../db/test-database.js';
import { JobRunner } from './job-runner.js';
import { cancelJob, enqueueJob, jobStats } from './jobs.service.js';

const silent = pino({ level: 'silent' });

describe('durable jobs and timers', () => {
  const clock = new ManualClock('2026-11-25T08:00:00Z');
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('runs a timer only when its time has come', async () => {
    const runner = new JobRunner(t.db, clock, silent);
    const ran: string[] = [];
    runner.register('remind', async (p: { who: string }) => {
      ran.push(p.who);
    });
    await enqueueJob(t.db, clock, {
      kind: 'remind',
      payload: { who: 'm1' },
      runAt: new Date(clock.now().getTime() + 60_000),
    });
    expect(await runner.runOnce()).toBe(0);
    clock.advance(60_000);
    expect(await runner.runOnce()).toBe(1);
    expect(ran).toEqual(['m1']);
    expect(await runner.runOnce()).toBe(0);
  });

  it('retries a failing job with growing backoff and dead-letters it after the last try', async () => {
    const runner = new JobRunner(t.db, clock, silent, { backoffBaseMs: 1_000 });
    let calls = 0;
    runner.register('flaky', async () => {
      calls++;
      throw new Error('receiver down');
    });
    const id = await enqueueJob(t.db, clock, { kind: 'flaky', maxAttempts: 3 });
    expect(await runner.runOnce()).toBe(1);
    clock.advance(999);
    expect(await runner.runOnce()).toBe(0);
    clock.advance(1);
    expect(await runner.runOnce()).toBe(1);
    clock.advance(1_999);
    expect(await runner.runOnce()).toBe(0);
    clock.advance(1);
    expect(await runner.runOnce()).toBe(1);
    clock.advance(3_600_000);
    expect(await runner.runOnce()).toBe(0);
    expect(calls).toBe(3);
    const row = await t.db.selectFrom('jobJobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row.status).toBe('dead');
    expect(row.lastError).toBe('receiver down');
    expect((await jobStats(t.db)).dead).toBeGreaterThanOrEqual(1);
  });

  it('keeps one live job per unique key and lets it be cancelled', async () => {
    const first = await enqueueJob(t.db, clock, {
      kind: 'sla',
      uniqueKey: 'case:1',
      runAt: new Date(clock.now().getTime() + 1_000),
    });
    const second = await enqueueJob(t.db, clock, { kind: 'sla', uniqueKey: 'case:1' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    expect(await cancelJob(t.db, clock, 'case:1')).toBe(true);
    expect(await enqueueJob(t.db, clock, { kind: 'sla', uniqueKey: 'case:1' })).not.toBeNull();
  });

  it('takes back a job whose worker died once its lease has run out', async () => {
    const dying = new JobRunner(t.db, clock, silent, { leaseMs: 30_000 });
    dying.register('lease', () => new Promise(() => {}));
    await enqueueJob(t.db, clock, { kind: 'lease' });
    void dying.runOnce();
    await new Promise((r) => setTimeout(r, 200));
    const rescuer = new JobRunner(t.db, clock, silent);
    let done = 0;
    rescuer.register('lease', async () => {
      done++;
    });
    expect(await rescuer.runOnce()).toBe(0);
    clock.advance(30_001);
    expect(await rescuer.runOnce()).toBe(1);
    expect(done).toBe(1);
  });
});

describe.runIf(testDbKind() === 'pglite')('jobs survive a restart', () => {
  it('runs after a restart a timer that was set before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinren-jobs-'));
    const clock = new ManualClock('2026-11-25T08:00:00Z');
    try {
      const first = await openDatabase({ dataDir: dir });
      await migrateToLatest(first.db);
      await enqueueJob(first.db, clock, {
        kind: 'later',
        payload: { n: 7 },
        runAt: new Date(clock.now().getTime() + 5_000),
      });
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      const runner = new JobRunner(second.db, clock, silent);
      const seen: number[] = [];
      runner.register('later', async (p: { n: number }) => {
        seen.push(p.n);
      });
      clock.advance(5_000);
      expect(await runner.runOnce()).toBe(1);
      expect(seen).toEqual([7]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(testDbKind() === 'postgres')('two workers on PostgreSQL', () => {
  it('never run the same job at once, and run each job once', async () => {
    const t = await createTestDatabase();
    const other = await openDatabase({ url: t.url!, poolSize: 10 });
    const clock = { now: () => new Date() };
    try {
      const jobs = 200;
      for (let i = 0; i < jobs; i++) await enqueueJob(t.db, clock, { kind: 'count', payload: { i } });
      const running = new Set<number>();
      const runs = new Map<number, number>();
      let overlaps = 0;
      const handler = async (p: { i: number }) => {
        if (running.has(p.i)) overlaps++;
        running.add(p.i);
        runs.set(p.i, (runs.get(p.i) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        running.delete(p.i);
      };
      const workers = [
        new JobRunner(t.db, clock, silent, { batchSize: 5 }),
        new JobRunner(other.db, clock, silent, { batchSize: 5 }),
      ];
      const perWorker = [0, 0];
      await Promise.all(
        workers.map(async (w, k) => {
          w.register('count', handler);
          for (;;) {
            const n = await w.runOnce();
            if (n === 0) break;
            perWorker[k] = (perWorker[k] ?? 0) + n;
          }
        }),
      );
      expect(overlaps).toBe(0);
      expect(runs.size).toBe(jobs);
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(perWorker[0]! + perWorker[1]!).toBe(jobs);
      // Both really worked: neither took everything.
      expect(Math.min(...perWorker)).toBeGreaterThan(0);
    } finally {
      await other.close();
      await t.close();
    }
  });
});
