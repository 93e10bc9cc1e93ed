import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopStreamNotice } from '../domains/governance/testing/verdict-notices.js';
import { ManualClock } from '../platform/clock.js';
import { createTestDatabase, type TestDatabase } from '../platform/db/test-database.js';
import { createPlatform, type Platform } from '../platform/platform.js';
import { CASES_FROM_VERDICTS_JOB, screeningVerdictsOpenCases } from './screening-verdicts-open-cases.js';

describe('screening verdicts open governance cases', () => {
  let t: TestDatabase;
  let platform: Platform;
  beforeAll(async () => {
    t = await createTestDatabase();
    platform = createPlatform(t.db, new ManualClock('2026-12-03T08:00:00Z'), pino({ level: 'silent' }));
  });
  afterAll(() => t.close());

  const cases = () => t.db.selectFrom('govCases').select(['targetId', 'queue']).orderBy('targetId').execute();

  it('queues the cases in the transaction that stores the verdicts, not when it rolls back, and opens them in a job', async () => {
    const listener = screeningVerdictsOpenCases(platform);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await listener(trx, [stopStreamNotice('sess-rolled-back', 'host-1')]);
        throw new Error('intake failed');
      }),
    ).rejects.toThrow('intake failed');
    await t.db.transaction().execute((trx) => listener(trx, [stopStreamNotice('sess-kept', 'host-1')]));
    expect(await cases()).toEqual([]);
    expect(await platform.jobs.runOnce()).toBe(1);
    expect(await cases()).toEqual([{ targetId: 'sess-kept', queue: 'emergency' }]);
  });

  it('adds nothing twice when the job runs again (a crash before it was marked done)', async () => {
    const listener = screeningVerdictsOpenCases(platform);
    const notice = stopStreamNotice('sess-twice', 'host-2');
    await t.db.transaction().execute((trx) => listener(trx, [notice]));
    await t.db.transaction().execute((trx) => listener(trx, [notice]));
    const jobs = await t.db.selectFrom('jobJobs').select('id').where('kind', '=', CASES_FROM_VERDICTS_JOB).execute();
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    while ((await platform.jobs.runOnce()) > 0);
    const rows = await t.db
      .selectFrom('govCases')
      .select(['id', 'evidence'])
      .where('targetId', '=', 'sess-twice')
      .execute();
    expect(rows).toHaveLength(1);
    const evidence = rows[0].evidence as { verdictIds: string[] };
    expect(evidence.verdictIds).toEqual([notice.verdictId]);
  });
});
