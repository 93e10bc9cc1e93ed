import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { openDatabase } from '../../../platform/db/database.js';
import { createTestDatabase, type TestDatabase, testDbKind } from '../../../platform/db/test-database.js';
import { verdictNotice } from '../testing/verdict-notices.js';
import { claimNextCase } from './case-review.js';
import { openCasesFromVerdicts } from './open-cases-from-verdicts.js';

const reviewer = (n: number) => ({ kind: 'staff' as const, actor: `user:usr_r${n}`, role: 'reviewer' as const });

describe('claiming the next case', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  const openMany = async (prefix: string, n: number, language = 'zh') => {
    const notices = Array.from({ length: n }, (_, i) =>
      verdictNotice({
        contentId: `${prefix}-${i}`,
        text: language === 'en' ? 'message me on telegram' : '加微信下单',
        // Mixed priorities: every third is a block (high), the rest reviews (normal).
        outcome: i % 3 === 0 ? 'block' : 'review',
      }),
    );
    for (const n of notices) {
      await t.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [n]));
      clock.advance(1_000);
    }
  };

  it('gives each case to exactly one of many concurrent reviewers', async () => {
    await openMany('lst-race', 30, 'en');
    const claimers = 8;
    const claims = await Promise.all(
      Array.from({ length: claimers }, async (_, k) => {
        const got: { id: string; assignee: string | null; priority: string }[] = [];
        for (;;) {
          const c = await claimNextCase(t.db, clock, 'en', reviewer(k));
          if (!c) return got;
          got.push({ id: c.id, assignee: c.assignee, priority: c.priority });
        }
      }),
    );
    const all = claims.flat();
    expect(all).toHaveLength(30);
    expect(new Set(all.map((c) => c.id)).size).toBe(30);
    claims.forEach((got, k) => {
      for (const c of got) expect(c.assignee).toBe(`user:usr_r${k}`);
    });
    const rows = await t.db
      .selectFrom('govCases')
      .select(['id', 'state', 'assignee'])
      .where('targetId', 'like', 'lst-race-%')
      .execute();
    expect(rows.every((r) => r.state === 'in_review')).toBe(true);
    const assigned = new Map(all.map((c) => [c.id, c.assignee]));
    for (const r of rows) expect(r.assignee).toBe(assigned.get(r.id));
    const events = await t.db
      .selectFrom('govCaseEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('type', '=', 'assigned')
      .executeTakeFirstOrThrow();
    expect(Number(events.n)).toBe(30);
  });

  it('takes high priority before normal, and the earlier due time first within a priority', async () => {
    await openMany('lst-order', 6);
    const order: string[] = [];
    for (;;) {
      const c = await claimNextCase(t.db, clock, 'general', reviewer(1));
      if (!c) break;
      order.push(c.target.id);
    }
    // Blocks (high) were lst-order-0 and -3; then the normal ones by due time.
    expect(order).toEqual(['lst-order-0', 'lst-order-3', 'lst-order-1', 'lst-order-2', 'lst-order-4', 'lst-order-5']);
  });

  it.runIf(testDbKind() === 'postgres')(
    'passes over a case another claimer has locked instead of waiting for it',
    async () => {
      await openMany('lst-locked', 2);
      const other = await openDatabase({ url: t.url!, poolSize: 2 });
      try {
        let release!: () => void;
        const held = new Promise<void>((r) => {
          release = r;
        });
        let locked!: () => void;
        const isLocked = new Promise<void>((r) => {
          locked = r;
        });
        const holder = other.db.transaction().execute(async (trx) => {
          await sql`select id from gov_cases where target_id = 'lst-locked-0' for update`.execute(trx);
          locked();
          await held;
        });
        await isLocked;
        const got = await claimNextCase(t.db, clock, 'general', reviewer(2));
        expect(got?.target.id).toBe('lst-locked-1');
        release();
        await holder;
        expect((await claimNextCase(t.db, clock, 'general', reviewer(2)))?.target.id).toBe('lst-locked-0');
      } finally {
        await other.close();
      }
    },
  );

  it.runIf(testDbKind() === 'postgres')('keeps the claims apart across two processes', async () => {
    await openMany('lst-procs', 40);
    const other = await openDatabase({ url: t.url!, poolSize: 10 });
    try {
      const run = async (db: typeof t.db, k: number) => {
        const got: string[] = [];
        for (;;) {
          const c = await claimNextCase(db, clock, 'general', reviewer(k));
          if (!c) return got;
          got.push(c.id);
        }
      };
      const results = await Promise.all([0, 1, 2, 3].map((k) => run(k % 2 === 0 ? t.db : other.db, k)));
      const all = results.flat();
      expect(all).toHaveLength(40);
      expect(new Set(all).size).toBe(40);
    } finally {
      await other.close();
    }
  });
});
