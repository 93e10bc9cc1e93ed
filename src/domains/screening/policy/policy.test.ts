import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { openDatabase } from '../../../platform/db/database.js';
import { createTestDatabase, testDbKind } from '../../../platform/db/test-database.js';
import { registerDomains } from '../../register-domains.js';
import { DEFAULT_POLICY_FILE } from './default-policy.js';
import { ensureDefaultPolicy } from './policy.service.js';
import { createPolicyRuntime } from './policy-runtime.js';

const defaultSource = readFileSync(DEFAULT_POLICY_FILE, 'utf8');

/** The default policy under another name, with diversion of any severity blocked. */
const strictSource = defaultSource
  .replace('name: default', 'name: strict-diversion')
  .replace(
    'rules:\n',
    [
      'rules:',
      '  - id: diversion.any',
      '    when: { categories: [diversion] }',
      '    outcome: block',
      '    reason: Any contact detail diverts buyers',
      '    violationType: diversion',
      '    dsaCategory: STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
      '    dsaKeyword: KEYWORD_OTHER',
      '',
    ].join('\n'),
  );

let n = 0;

describe('screening policies', () => {
  let f: PlatformFixture;
  let admin: string;
  let reviewer: string;
  let events: string;
  let screenKey: string;
  const clock = new ManualClock('2026-11-25T09:00:00Z');

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerDomains(f.platform);
    admin = await f.login('admin');
    reviewer = await f.login('reviewer');
    events = await f.apiKey(['events:write']);
    screenKey = await f.apiKey(['screen']);
  });
  afterAll(() => f.close());

  const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = admin) =>
    f.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const send = async (type: string, data: unknown) => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${events}` },
      payload: [cloudEvent(type, data, `p-${++n}`)],
    });
    expect(res.json().accepted).toBe(1);
  };
  const screen = (text: string, kind = 'listing') =>
    f.app.inject({
      method: 'POST',
      url: '/v1/screen',
      headers: { authorization: `Bearer ${screenKey}` },
      payload: { kind, text },
    });
  const auditActions = async () =>
    (await f.handle.db.selectFrom('auditEntries').select(['action', 'subject']).orderBy('seq').execute()).filter((a) =>
      a.action.startsWith('screening.policy.'),
    );
  const statuses = async () =>
    Object.fromEntries(
      (await f.handle.db.selectFrom('scrPolicies').select(['version', 'status']).execute()).map((r) => [
        r.version,
        r.status,
      ]),
    );

  it('seeds the shipped default as version 1, active, by system, once', async () => {
    const res = await api('GET', '/v1/screening/policies');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ version: 1, name: 'default', status: 'active', createdBy: 'system' }),
    ]);
    expect(await ensureDefaultPolicy(f.handle.db, clock)).toBe(false);
    await Promise.all([ensureDefaultPolicy(f.handle.db, clock), ensureDefaultPolicy(f.handle.db, clock)]);
    expect(await statuses()).toEqual({ 1: 'active' });
    expect(await auditActions()).toEqual([{ action: 'screening.policy.created', subject: 'policy:1' }]);
    const one = await api('GET', '/v1/screening/policies/1', undefined, reviewer);
    expect(one.json()).toMatchObject({ version: 1, status: 'active', source: defaultSource });
    expect(one.json().rules).toContainEqual({
      id: 'counterfeit.block',
      outcome: 'block',
      reason: 'Counterfeit goods',
      violationType: 'counterfeit',
      dsaCategory: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
      dsaKeyword: 'KEYWORD_TRADEMARK_INFRINGEMENT',
    });
  });

  it('refuses an invalid document with 400 and the line of each problem, storing nothing', async () => {
    const before = (await auditActions()).length;
    const res = await api('POST', '/v1/screening/policies', {
      source: defaultSource.replace('outcome: block', 'outcome: ban'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('screening.invalid_policy');
    expect(res.json().error.message).toMatch(/^line 16, rules\.0\.outcome: /);
    const syntax = await api('POST', '/v1/screening/policies', { source: 'name: [unclosed' });
    expect(syntax.json().error.code).toBe('screening.invalid_policy');
    expect(await statuses()).toEqual({ 1: 'active' });
    expect((await auditActions()).length).toBe(before);
  });

  it('lets reviewers read but not write', async () => {
    const res = await api('POST', '/v1/screening/policies', { source: strictSource }, reviewer);
    expect(res.statusCode).toBe(403);
  });

  it('runs a shadow policy beside the active one and stores where they disagree', async () => {
    const created = await api('POST', '/v1/screening/policies', { source: strictSource, note: 'block diversion' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ version: 2 });
    expect(await statuses()).toEqual({ 1: 'active', 2: 'draft' });
    const shadowed = await api('POST', '/v1/screening/policies/2/status', { status: 'shadow' });
    expect(shadowed.json()).toEqual({ version: 2, status: 'shadow' });

    // /v1/screen answers with the active decision and what the shadow would have done.
    const res = (await screen('全新正品，有意者加微信 abc123 详聊')).json();
    expect(res.policy).toEqual({ version: 1, name: 'default' });
    expect(res.shadow).toEqual({ version: 2, outcome: 'block' });
    expect(res.outcome).not.toBe('block');

    await send('listing.upserted', {
      listingId: 'lst-div',
      merchantId: 'mch-9',
      title: '全新正品手提包',
      description: '有意者加微信 abc123 详聊',
      category: '箱包',
      price: { amount: 19_900, currency: 'CNY' },
    });
    await send('listing.upserted', {
      listingId: 'lst-fine',
      merchantId: 'mch-9',
      title: '纯棉短袖T恤',
      category: '服装',
      price: { amount: 5_900, currency: 'CNY' },
    });
    const verdict = await f.handle.db
      .selectFrom('scrVerdicts')
      .select(['outcome', 'policy'])
      .where('contentId', '=', 'lst-div')
      .executeTakeFirstOrThrow();
    expect(verdict.policy).toBe('1');
    const rows = await f.handle.db.selectFrom('scrShadowDisagreements').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      shadowVersion: 2,
      activeVersion: 1,
      contentKind: 'listing',
      contentId: 'lst-div',
      activeOutcome: verdict.outcome,
      shadowOutcome: 'block',
    });

    await send('live.segment', {
      sessionId: 'live-1',
      hostId: 'host-1',
      seq: 0,
      text: '想要的宝宝加微信 abc123',
      startMs: 0,
      endMs: 4_000,
    });
    const page = (await api('GET', '/v1/screening/policies/2/disagreements?limit=1', undefined, reviewer)).json();
    expect(page.total).toBe(2);
    expect(page.byPair).toEqual([
      expect.objectContaining({ shadow: 'block', count: 1 }),
      expect.objectContaining({ shadow: 'stop_stream', count: 1 }),
    ]);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ contentKind: 'live_segment', contentId: 'live-1:0', activeVersion: 1 });
    expect(page.items[0].findings.some((x: { category: string }) => x.category === 'diversion')).toBe(true);
    const next = (await api('GET', `/v1/screening/policies/2/disagreements?limit=1&before=${page.nextBefore}`)).json();
    expect(next.items.map((i: { contentId: string }) => i.contentId)).toEqual(['lst-div']);
    expect(next.nextBefore).toBeNull();
  });

  it('promotes with one active and one shadow at a time, audited, and refuses illegal moves', async () => {
    const third = await api('POST', '/v1/screening/policies', {
      source: defaultSource.replace('name: default', 'name: third'),
    });
    expect(third.json()).toEqual({ version: 3 });
    // A new shadow sends the previous one back to draft.
    await api('POST', '/v1/screening/policies/3/status', { status: 'shadow' });
    expect(await statuses()).toEqual({ 1: 'active', 2: 'draft', 3: 'shadow' });
    // Activating retires the previous active version; the shadow slot empties.
    const act = await api('POST', '/v1/screening/policies/3/status', { status: 'active' });
    expect(act.json()).toEqual({ version: 3, status: 'active' });
    expect(await statuses()).toEqual({ 1: 'retired', 2: 'draft', 3: 'active' });
    const screened = (await screen('加微信 abc123')).json();
    expect(screened.policy).toEqual({ version: 3, name: 'third' });
    expect(screened).not.toHaveProperty('shadow');

    const before = await auditActions();
    for (const status of ['retired', 'shadow', 'active'] as const) {
      // The active version leaves only by being replaced; a move to the same status is no move.
      const res = await api('POST', '/v1/screening/policies/3/status', { status });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('screening.invalid_transition');
    }
    const missing = await api('POST', '/v1/screening/policies/99/status', { status: 'active' });
    expect(missing.statusCode).toBe(404);
    const draft = await api('POST', '/v1/screening/policies/2/status', { status: 'draft' });
    expect(draft.statusCode).toBe(400);
    expect(await statuses()).toEqual({ 1: 'retired', 2: 'draft', 3: 'active' });
    expect(await auditActions()).toEqual(before);

    // Rolling back re-activates a retired version.
    await api('POST', '/v1/screening/policies/1/status', { status: 'active' });
    expect(await statuses()).toEqual({ 1: 'active', 2: 'draft', 3: 'retired' });
    const changes = (await auditActions()).filter((x) => x.action === 'screening.policy.status_changed');
    expect(changes.map((x) => x.subject)).toEqual([
      'policy:2', // draft → shadow
      'policy:2', // shadow → draft, replaced by 3
      'policy:3', // draft → shadow
      'policy:1', // active → retired, replaced by 3
      'policy:3', // shadow → active
      'policy:3', // active → retired, replaced by 1
      'policy:1', // retired → active
    ]);
  });

  it('lets another process see a status change within its ttl', async () => {
    let now = 0;
    const other = createPolicyRuntime(f.handle.db, clock, { ttlMs: 1_000, now: () => now });
    expect((await other.current()).active.version).toBe(1);
    await api('POST', '/v1/screening/policies/2/status', { status: 'active' });
    now = 999;
    expect((await other.current()).active.version).toBe(1);
    now = 1_000;
    expect((await other.current()).active.version).toBe(2);
  });

  it('stops a live stream by the live stop score of the active policy', async () => {
    const low = defaultSource.replace('name: default', 'name: low-stop').replace('stopScore: 10', 'stopScore: 1');
    const { version } = (await api('POST', '/v1/screening/policies', { source: low })).json();
    await api('POST', `/v1/screening/policies/${version}/status`, { status: 'active' });
    await send('live.segment', {
      sessionId: 'live-low',
      hostId: 'host-2',
      seq: 0,
      text: '今天全网最低价',
      startMs: 0,
      endMs: 4_000,
    });
    const stops = await f.handle.db
      .selectFrom('outboxMessages')
      .select('payload')
      .where('type', '=', 'stream.stop_requested')
      .execute();
    const reasons = stops.map((r) => JSON.stringify(r.payload)).filter((p) => p.includes('live-low'));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('≥ 1');
    const verdict = await f.handle.db
      .selectFrom('scrVerdicts')
      .select(['outcome', 'policy'])
      .where('contentId', '=', 'live-low:0')
      .executeTakeFirstOrThrow();
    expect(verdict).toEqual({ outcome: 'stop_stream', policy: String(version) });
  });

  it('screens with the lexicons stored in the database (an edit shows within a second)', async () => {
    const lexicons = (await api('GET', '/v1/screening/lexicons')).json().items as {
      name: string;
      kind: string;
      version: number;
    }[];
    const target = lexicons.find((l) => l.kind === 'terms');
    if (!target) throw new Error('no terms lexicon was seeded');
    const edit = await api('POST', `/v1/screening/lexicons/${target.name}/edits`, {
      baseVersion: target.version,
      upsert: [{ term: '星辰露', category: 'medical_claim', severity: 5, kinds: [] }],
      note: 'policy test',
    });
    expect(edit.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    const res = (await screen('星辰露 每天一瓶')).json();
    expect(res.findings.map((x: { term: string }) => x.term)).toContain('星辰露');
    expect(res.outcome).toBe('block');
    await send('listing.upserted', {
      listingId: 'lst-star',
      merchantId: 'mch-9',
      title: '星辰露 每天一瓶',
      category: '饮料',
      price: { amount: 1_900, currency: 'CNY' },
    });
    const verdict = await f.handle.db
      .selectFrom('scrVerdicts')
      .select('outcome')
      .where('contentId', '=', 'lst-star')
      .executeTakeFirstOrThrow();
    expect(verdict.outcome).toBe('block');
  });
});

// Two processes starting at once on one PostgreSQL seed the default policy once.
describe.runIf(testDbKind() === 'postgres')('seeding the default policy from two processes', () => {
  it('stores version 1 and its audit entry once', async () => {
    const first = await createTestDatabase();
    const second = await openDatabase({ url: first.url as string });
    try {
      const clock = new ManualClock('2026-11-25T10:00:00Z');
      const [a, b] = await Promise.all([
        createPolicyRuntime(first.db, clock).current(),
        createPolicyRuntime(second.db, clock).current(),
      ]);
      expect([a.active.version, b.active.version]).toEqual([1, 1]);
      expect(await first.db.selectFrom('scrPolicies').select(['version', 'status']).execute()).toEqual([
        { version: 1, status: 'active' },
      ]);
      const audit = await first.db
        .selectFrom('auditEntries')
        .select('action')
        .where('action', '=', 'screening.policy.created')
        .execute();
      expect(audit).toHaveLength(1);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
