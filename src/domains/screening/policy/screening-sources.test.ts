import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { registerDomains } from '../../register-domains.js';
import { storedLexiconSource } from './screening-sources.js';

// The event handlers screen inside the intake transaction; on the embedded database that
// transaction holds the only connection, so the stored lexicons must never be read around it.

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)),
  ]);
}

describe('the stored lexicons, from inside a transaction', () => {
  let f: PlatformFixture;
  let events: string;
  let n = 0;

  beforeAll(async () => {
    f = await platformFixture();
    registerDomains(f.platform);
    events = await f.apiKey(['events:write']);
  });
  afterAll(() => f.close());

  const segment = async (text: string) => {
    const res = await within(
      5_000,
      'POST /v1/events',
      f.app.inject({
        method: 'POST',
        url: '/v1/events',
        headers: { authorization: `Bearer ${events}` },
        payload: [
          cloudEvent(
            'live.segment',
            { sessionId: 'live-src', hostId: 'host-src', seq: n, text, startMs: 0, endMs: 1 },
            `src-${n++}`,
          ),
        ],
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().accepted).toBe(1);
  };

  it('keeps answering events after the runtime must look for a newer version', async () => {
    await segment('家人们晚上好');
    // The first event seeds the empty store after its own transaction.
    const until = Date.now() + 10_000;
    while (!(await f.handle.db.selectFrom('scrLexicons').select('name').limit(1).executeTakeFirst())) {
      if (Date.now() > until) throw new Error('the lexicon store was not seeded');
      await new Promise((r) => setTimeout(r, 50));
    }
    await segment('欢迎来到直播间');
    // Past the runtime's ttl (1 s): its refresh reads through another connection.
    await new Promise((r) => setTimeout(r, 1_100));
    await segment('今天的福利价');
    await segment('喜欢的抓紧下单');
  });

  it('reads the current versions through the caller’s transaction before anything is loaded', async () => {
    const lexicon = await f.handle.db
      .selectFrom('scrLexicons')
      .select(['name', 'version'])
      .where('kind', '=', 'terms')
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const source = storedLexiconSource(f.handle.db);
    const current = await within(
      5_000,
      'current(trx)',
      f.handle.db.transaction().execute((trx) => source.current(trx)),
    );
    expect(current.version).toContain(`${lexicon.name}@${lexicon.version}`);
    const findings = current.engine.screen({ kind: 'live_segment', text: '私下出售冰毒' }).findings;
    expect(findings.map((x) => x.category)).toContain('drugs');
  });
});
