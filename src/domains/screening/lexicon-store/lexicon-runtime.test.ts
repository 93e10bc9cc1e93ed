import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { createScreeningEngine } from '../engine/screen-text.js';
import { loadDefaultLexicons } from '../lexicon/default-lexicons.js';
import { createLexiconRuntime } from './lexicon-runtime.js';
import { seedDefaultLexicons } from './lexicon-store.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the lexicon runtime', () => {
  let f: PlatformFixture;
  let lead: string;
  beforeAll(async () => {
    f = await platformFixture();
    lead = await f.login('lead');
  }, 60_000);
  afterAll(() => f.close());

  const edit = async (name: string, body: object) => {
    const versions = (await f.app.inject({ method: 'GET', url: '/v1/screening/lexicons', headers: { cookie: lead } }))
      .json()
      .items.find((l: { name: string }) => l.name === name);
    const res = await f.app.inject({
      method: 'POST',
      url: `/v1/screening/lexicons/${name}/edits`,
      headers: { cookie: lead },
      payload: { baseVersion: versions.version, ...body },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  it('seeds an empty store once, even when several processes start at once', async () => {
    const results = await Promise.all([seedDefaultLexicons(f.handle.db), seedDefaultLexicons(f.handle.db)]);
    const seeded = results.map((r) => r.seeded.length).sort((a, b) => a - b);
    expect(seeded[0]).toBe(0);
    expect(seeded[1]).toBeGreaterThan(5);
    expect((await seedDefaultLexicons(f.handle.db)).seeded).toEqual([]);
    const count = await f.handle.db
      .selectFrom('scrLexiconVersions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(seeded[1]);
  });

  it('screens like the shipped lexicons after seeding, labelled by the current versions', async () => {
    const runtime = createLexiconRuntime(f.handle.db);
    const { engine, version } = await runtime.current();
    expect(version).toMatch(/(^|,)allow@1(,|$)/);
    expect(version).toMatch(/(^|,)houbb@1(,|$)/);
    const shipped = createScreeningEngine(await loadDefaultLexicons());
    for (const text of [
      '有意者請加.微.信 abc123',
      '最近上新的纯棉T恤，第一次购买包邮',
      '高仿LV手提包 原单品质',
      '澳门赌场上线',
    ]) {
      expect(engine.screen({ kind: 'listing', text })).toEqual(shipped.screen({ kind: 'listing', text }));
    }
    // Within the TTL the same engine comes back without a query.
    expect((await runtime.current()).engine).toBe(engine);
  });

  it('picks up an edit made through the API once the TTL has passed, compiling once per version set', async () => {
    const runtime = createLexiconRuntime(f.handle.db, { ttlMs: 200 });
    const text = '本店独家秘制的星辰露，喝了立刻见效';
    const before = await runtime.current();
    expect(before.engine.screen({ kind: 'listing', text }).findings).toEqual([]);

    await edit('xinren-fraud', { upsert: [{ term: '星辰露', category: 'fraud', severity: 5, kinds: [] }] });
    // Still the cached engine: no round trip inside the TTL.
    expect((await runtime.current()).version).toBe(before.version);
    await sleep(250);
    const after = await runtime.current();
    expect(after.version).not.toBe(before.version);
    expect(after.version).toMatch(/xinren-fraud@2/);
    const result = after.engine.screen({ kind: 'listing', text });
    expect(result.findings.map((x) => x.term)).toEqual(['星辰露']);
    expect(result.outcome).toBe('block');

    // Nothing changed since: after the TTL the check finds the same versions and keeps the engine.
    await sleep(250);
    expect((await runtime.current()).engine).toBe(after.engine);

    // An allow-list edit changes the engine of every terms lexicon.
    await edit('allow', { upsert: [{ term: '星辰露水' }] });
    await sleep(250);
    const allowed = await runtime.current();
    expect(allowed.version).toMatch(/allow@2/);
    expect(allowed.engine.screen({ kind: 'listing', text: '星辰露水' }).findings).toEqual([]);
    expect(allowed.engine.screen({ kind: 'listing', text: '星辰露' }).findings).toHaveLength(1);
  });

  it('answers concurrent callers with one refresh', async () => {
    const runtime = createLexiconRuntime(f.handle.db);
    const [a, b, c] = await Promise.all([runtime.current(), runtime.current(), runtime.current()]);
    expect(b.engine).toBe(a.engine);
    expect(c.engine).toBe(a.engine);
  });
});
