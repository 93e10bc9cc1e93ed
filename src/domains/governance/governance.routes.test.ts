import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../test/support/platform-fixture.js';
import { ManualClock } from '../../platform/clock.js';
import type { VerdictNotice } from '../screening/index.js';
import { openCasesFromVerdicts } from './cases/open-cases-from-verdicts.js';
import { registerGovernance } from './index.js';
import { stopStreamNotice, verdictNotice } from './testing/verdict-notices.js';

const MIN = 60_000;

describe('cases and queues over HTTP', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let reviewer1: string;
  let reviewer2: string;
  let lead: string;
  let analyst: string;
  let merchantA: string;
  let merchantB: string;
  let hostA: string;
  let rightsHolder: string;
  const ids: Record<string, string> = {};

  const open = async (name: string, notice: VerdictNotice) => {
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    ids[name] = opened[0]!;
    clock.advance(1_000);
  };

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer1, reviewer2, lead, analyst, merchantA, merchantB, hostA, rightsHolder] = await Promise.all([
      f.login('reviewer'),
      f.login('reviewer'),
      f.login('lead'),
      f.login('analyst'),
      f.login('merchant', 'mch-a'),
      f.login('merchant', 'mch-b'),
      f.login('host', 'mch-a'),
      f.login('rights_holder', 'mch-a'),
    ]);
    // general: a low (severity 2), two normal; serious: a high; emergency: a stopped stream.
    const mild = { ...verdictNotice().findings[0]!, severity: 2, category: 'ad_superlative' as const };
    await open('low', verdictNotice({ contentId: 'lst-low', subjectId: 'mch-a', findings: [mild] }));
    await open('normal1', verdictNotice({ contentId: 'lst-n1', subjectId: 'mch-a' }));
    await open('normal2', verdictNotice({ contentId: 'lst-n2', subjectId: 'mch-b' }));
    await open(
      'high',
      verdictNotice({
        contentId: 'lst-high',
        subjectId: 'mch-b',
        outcome: 'block',
        findings: [{ ...mild, severity: 5, category: 'weapons' }],
      }),
    );
    await open('emergency', stopStreamNotice('sess-e', 'host-e'));
  });
  afterAll(() => f.close());

  const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: Record<string, unknown>) =>
    f.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
  const ok = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: Record<string, unknown>) => {
    const res = await call(method, url, cookie, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  it('lists cases newest first, with filters and a cursor that visits each once', async () => {
    const all = await ok('GET', '/v1/cases', reviewer1);
    expect(all.items.map((c: any) => c.id)).toEqual(
      ['emergency', 'high', 'normal2', 'normal1', 'low'].map((n) => ids[n]),
    );
    expect(all.items[0]).toMatchObject({
      subject: { kind: 'host', id: 'host-e' },
      target: { kind: 'live_session', id: 'sess-e' },
      priority: 'emergency',
      queue: 'emergency',
      state: 'open',
      sla: 'ok',
      source: 'emergency',
    });
    expect(all.items[0].evidence).toBeUndefined();
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: any = await ok('GET', `/v1/cases?limit=2${before ? `&before=${before}` : ''}`, reviewer1);
      seen.push(...page.items.map((c: any) => c.id));
      before = page.nextBefore;
      if (!before) break;
    }
    expect(seen).toEqual(all.items.map((c: any) => c.id));
    const filtered = async (q: string) => (await ok('GET', `/v1/cases?${q}`, reviewer1)).items.map((c: any) => c.id);
    expect(await filtered('queue=general')).toEqual([ids.normal2, ids.normal1, ids.low]);
    expect(await filtered('priority=high')).toEqual([ids.high]);
    expect(await filtered('subject=mch-a')).toEqual([ids.normal1, ids.low]);
    expect(await filtered('target=lst-n2&targetKind=listing')).toEqual([ids.normal2]);
    expect(await filtered('state=in_review')).toEqual([]);
    expect(await filtered('before=cas_unknown')).toEqual([]);
  });

  it('shows one case with its evidence and history', async () => {
    const c = await ok('GET', `/v1/cases/${ids.emergency}`, analyst);
    expect(c.evidence.items[0].text).toContain('治高血压');
    expect(c.evidence.items[0].findings[0]).toMatchObject({ term: '治高血压', start: 6, end: 10 });
    expect(c.events).toEqual([
      expect.objectContaining({ type: 'opened', actor: 'system:screening', toState: 'open', at: expect.any(String) }),
    ]);
    const missing = await call('GET', '/v1/cases/cas_nope', reviewer1);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('governance.case_not_found');
  });

  it('gives the next case by priority then due time, never one another reviewer holds', async () => {
    const first = await ok('POST', '/v1/queues/general/next', reviewer1);
    expect(first.case).toMatchObject({
      id: ids.normal1,
      state: 'in_review',
      assignee: expect.stringMatching(/^user:/),
    });
    expect(first.case.events.map((e: any) => [e.type, e.fromState, e.toState])).toEqual([
      ['opened', null, 'open'],
      ['assigned', 'open', 'in_review'],
    ]);
    const second = await ok('POST', '/v1/queues/general/next', reviewer2);
    expect(second.case.id).toBe(ids.normal2);
    const third = await ok('POST', '/v1/queues/general/next', reviewer2);
    expect(third.case.id).toBe(ids.low);
    expect(await ok('POST', '/v1/queues/general/next', reviewer1)).toEqual({ case: null });
    const unknown = await call('POST', '/v1/queues/nowhere/next', reviewer1);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('governance.queue_not_found');
  });

  it('lets only the holder or a lead release a case, and only one in review', async () => {
    const byOther = await call('POST', `/v1/cases/${ids.normal1}/release`, reviewer2, {});
    expect(byOther.statusCode).toBe(409);
    expect(byOther.json().error.code).toBe('governance.case_held_by_other');
    const released = await ok('POST', `/v1/cases/${ids.normal1}/release`, reviewer1, {
      reason: 'conflict of interest',
    });
    expect(released).toMatchObject({ state: 'open', assignee: null });
    expect(released.events.at(-1)).toMatchObject({ type: 'released', data: { reason: 'conflict of interest' } });
    const again = await call('POST', `/v1/cases/${ids.normal1}/release`, reviewer1);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('governance.invalid_transition');
    const byLead = await ok('POST', `/v1/cases/${ids.low}/release`, lead, {});
    expect(byLead.state).toBe('open');
    // The released case is claimable again.
    expect((await ok('POST', '/v1/queues/general/next', reviewer2)).case.id).toBe(ids.normal1);
  });

  it('adds internal notes', async () => {
    const res = await call('POST', `/v1/cases/${ids.high}/notes`, reviewer1, { text: '  同一商家第三次  ' });
    expect(res.statusCode).toBe(201);
    expect(res.json().events.at(-1)).toMatchObject({ type: 'note', data: { text: '同一商家第三次' } });
    expect((await call('POST', `/v1/cases/${ids.high}/notes`, reviewer1, { text: ' ' })).statusCode).toBe(400);
    const missing = await call('POST', '/v1/cases/cas_nope/notes', reviewer1, { text: 'x' });
    expect(missing.json().error.code).toBe('governance.case_not_found');
  });

  it('shows a merchant its own cases only, without notes or reviewers, and 404 for any other', async () => {
    await ok('POST', `/v1/cases/${ids.normal2}/notes`, reviewer1, { text: 'internal only' });
    const own = await ok('GET', `/v1/cases/${ids.normal2}`, merchantB);
    expect(own.subject).toEqual({ kind: 'merchant', id: 'mch-b' });
    expect(own.assignee).toBeNull();
    expect(own.events.map((e: any) => e.type)).toEqual(['opened', 'assigned']);
    expect(own.events[1].actor).toBe('reviewer');
    for (const [who, id] of [
      [merchantA, ids.normal2],
      [merchantB, ids.normal1],
      [hostA, ids.normal1],
      [rightsHolder, ids.low],
      [merchantA, ids.emergency],
    ] as const) {
      const res = await call('GET', `/v1/cases/${id}`, who);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('governance.case_not_found');
    }
    const list = await ok('GET', '/v1/cases', merchantA);
    expect(list.items.map((c: any) => c.id)).toEqual([ids.normal1, ids.low]);
    expect((await ok('GET', '/v1/cases?subject=mch-b', merchantA)).items).toEqual([]);
    expect((await ok('GET', '/v1/cases', hostA)).items).toEqual([]);
    expect((await ok('GET', '/v1/cases', rightsHolder)).items).toEqual([]);
    for (const [method, url] of [
      ['GET', '/v1/queues'],
      ['POST', '/v1/queues/general/next'],
      ['POST', `/v1/cases/${ids.normal1}/release`],
      ['POST', `/v1/cases/${ids.normal1}/notes`],
    ] as const) {
      expect((await call(method, url, merchantA, method === 'POST' ? { text: 'x' } : undefined)).statusCode).toBe(403);
    }
  });

  it('scopes an API key bound to a subject the same way', async () => {
    const key = await f.apiKey(['read'], 'mch-b');
    const res = await f.app.inject({ method: 'GET', url: '/v1/cases', headers: { authorization: `Bearer ${key}` } });
    expect(res.json().items.map((c: any) => c.id)).toEqual([ids.high, ids.normal2]);
    const other = await f.app.inject({
      method: 'GET',
      url: `/v1/cases/${ids.low}`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(other.statusCode).toBe(404);
  });

  it('counts cases per queue by state and SLA state as the clock moves', async () => {
    const queues = async () =>
      Object.fromEntries((await ok('GET', '/v1/queues', analyst)).items.map((q: any) => [q.name, q]));
    let q = await queues();
    expect(Object.keys(q).sort()).toEqual(['appeals', 'emergency', 'en', 'escalated', 'general', 'qc', 'serious']);
    // normal1 and normal2 are with reviewer 2; low was released back.
    expect(q.general.states).toEqual({ open: 1, in_review: 2, decided: 0, appealed: 0, closed: 0 });
    expect(q.general.sla).toEqual({ breached: 0, dueSoon: 0, ok: 3 });
    expect(q.emergency.sla).toEqual({ breached: 0, dueSoon: 0, ok: 1 });
    // 12 minutes on, the 15-minute emergency case is in its last quarter.
    clock.advance(12 * MIN);
    q = await queues();
    expect(q.emergency.sla).toEqual({ breached: 0, dueSoon: 1, ok: 0 });
    // Past its due time it is breached; its timer escalates it to the leads.
    clock.advance(4 * MIN);
    expect((await queues()).emergency.sla).toEqual({ breached: 1, dueSoon: 0, ok: 0 });
    while ((await f.platform.jobs.runOnce()) > 0);
    q = await queues();
    expect(q.emergency.states.open).toBe(0);
    expect(q.escalated).toMatchObject({ states: { open: 1 }, sla: { breached: 1 }, byPriority: { emergency: 1 } });
    const c = await ok('GET', `/v1/cases/${ids.emergency}`, lead);
    expect(c).toMatchObject({ queue: 'escalated', sla: 'breached', escalatedAt: clock.now().toISOString() });
  });

  it('answers 400 to bad filters and bodies', async () => {
    for (const q of ['state=maybe', 'priority=urgent', 'limit=0', 'limit=500', 'subjectKind=buyer']) {
      const res = await call('GET', `/v1/cases?${q}`, reviewer1);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('http.validation_failed');
    }
    const long = await call('POST', `/v1/cases/${ids.high}/notes`, reviewer1, { text: 'x'.repeat(10_001) });
    expect(long.statusCode).toBe(400);
    expect((await call('POST', `/v1/cases/${ids.high}/notes`, reviewer1, { note: 'x' })).statusCode).toBe(400);
  });

  it('describes the routes in the OpenAPI document', async () => {
    const spec = (await f.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const path of ['/v1/cases', '/v1/cases/{id}', '/v1/queues', '/v1/queues/{queue}/next']) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(spec.paths['/v1/cases'].get.parameters.map((p: any) => p.name)).toContain('queue');
  });
});
