import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { sessionCalls } from '../../../../test/support/session-calls.js';
import { ManualClock } from '../../../platform/clock.js';
import type { VerdictNotice } from '../../screening/index.js';
import { escalateIfOverdue } from '../cases/case-sla-timer.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { registerGovernance } from '../index.js';
import { stopStreamNotice, verdictNotice } from '../testing/verdict-notices.js';

type Json = Record<string, any>;

const counterfeitFinding = {
  category: 'counterfeit' as const,
  severity: 4,
  term: '高仿',
  section: 'text' as const,
  line: 1,
  start: 0,
  end: 2,
  text: '高仿',
};

describe('GET /v1/governance/figures', () => {
  const clock = new ManualClock('2026-11-30T12:00:00Z');
  let f: PlatformFixture;
  let intake: string;
  let reader: string;
  let boundReader: string;
  let analyst: string;
  let reviewer1: string;
  let reviewer2: string;
  let merchantF1: string;
  let merchantF3: string;
  let hostF1: string;

  const { call, ok, refused } = sessionCalls(() => f.app);

  const withKey = (key: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    f.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload === undefined ? {} : { payload: payload as Json }),
    });

  /** Sends CloudEvents through the real intake; `time` null leaves it out (the arrival counts). */
  const sendEvents = async (events: { id: string; type: string; time: string | null; data: Json }[]) => {
    const res = await withKey(
      intake,
      'POST',
      '/v1/events',
      events.map((e) => ({
        specversion: '1.0',
        id: e.id,
        source: 'test://shop',
        type: e.type,
        ...(e.time === null ? {} : { time: e.time }),
        data: e.data,
      })),
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  const order = (orderId: string, id = `ev-${orderId}`, time: string | null = null) => ({
    id,
    type: 'order.placed',
    time,
    data: {
      orderId,
      buyerId: 'buyer-1',
      merchantId: 'mch-x',
      listingId: 'lst-x',
      quantity: 1,
      amount: { amount: 9_900, currency: 'CNY' },
    },
  });

  const liveEnded = (sessionId: string, viewers: Json, time: string, id = `ev-end-${sessionId}`) => ({
    id,
    type: 'live.ended',
    time,
    data: { sessionId, hostId: 'host-x', ...viewers },
  });

  let reportSeq = 0;
  const fileReport = async (overrides: Json = {}) => {
    const res = await withKey(intake, 'POST', '/v1/reports', {
      reportId: `rpt-fig-${++reportSeq}`,
      reporterId: `buyer-${reportSeq}`,
      targetType: 'listing',
      targetId: `lst-rep-${reportSeq}`,
      category: 'misleading_description',
      // English: their cases wait in the en queue, out of the way of the claims below.
      explanation: 'The description does not match the item that arrived',
      contact: '李四 li@example.com',
      goodFaith: true,
      ...overrides,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  const openCase = async (notice: VerdictNotice): Promise<string> => {
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    expect(opened).toHaveLength(1);
    return opened[0]!;
  };

  const claim = async (caseId: string, cookie = reviewer1) => {
    const queue = (await findCase(f.platform.db, caseId))!.queue;
    expect((await ok('POST', `/v1/queues/${queue}/next`, cookie)).case.id).toBe(caseId);
  };

  const decide = async (caseId: string, body: Json, cookie = reviewer1): Promise<Json> => {
    await claim(caseId, cookie);
    return ok('POST', `/v1/cases/${caseId}/decision`, cookie, { facts: '经核查属实。', language: 'zh-CN', ...body });
  };

  /** The affected party appeals; reviewer2 takes it from the appeals queue and decides it. */
  const appealDecided = async (decisionId: string, party: string, outcome: Json) => {
    const appeal = await ok('POST', `/v1/decisions/${decisionId}/appeals`, party, {
      text: '我们不同意这个处理。',
      attachments: [],
    });
    expect((await ok('POST', '/v1/queues/appeals/next', reviewer2)).appeal.id).toBe(appeal.id);
    return ok('POST', `/v1/appeals/${appeal.id}/decision`, reviewer2, { reasoning: '复核后的结论。', ...outcome });
  };

  const at = (iso: string) => clock.set(iso);

  beforeAll(async () => {
    // Sessions outlive the days the test moves through.
    f = await platformFixture({ clock, sessionTtlMs: 30 * 86_400_000 });
    registerGovernance(f.platform);
    [intake, reader, boundReader, analyst, reviewer1, reviewer2, merchantF1, merchantF3, hostF1] = await Promise.all([
      f.apiKey(['events:write']),
      f.apiKey(['read']),
      f.apiKey(['read'], 'mch-f1'),
      f.login('analyst'),
      f.login('reviewer'),
      f.login('reviewer'),
      f.login('merchant', 'mch-f1'),
      f.login('merchant', 'mch-f3'),
      f.login('host', 'host-f1'),
    ]);

    // The day before the range: counts nowhere.
    await fileReport();
    await sendEvents([order('o-0', 'ev-o-0', '2026-11-30T09:00:00Z')]);

    // 2026-12-01
    at('2026-12-01T00:00:00Z');
    const caseG = await openCase(verdictNotice({ subjectId: 'mch-g', text: 'Add me on WeChat for a better price' }));
    at('2026-12-01T08:00:00Z');
    const caseA = await openCase(verdictNotice({ subjectId: 'mch-f1' }));
    at('2026-12-01T09:00:00Z');
    const decisionA = await decide(caseA, {
      violationType: 'diversion',
      actions: [{ type: 'remove_listing' }, { type: 'forbid_new_listings', days: 7 }],
    });
    at('2026-12-01T10:00:00Z');
    const caseB = await openCase(stopStreamNotice('sess-f1', 'host-f1'));
    at('2026-12-01T10:30:00Z');
    // 12 serious points: the ladder adds suspend_live 7 days on its own.
    const decisionB = await decide(caseB, { violationType: 'sexual', actions: [{ type: 'suspend_live', days: 3 }] });
    at('2026-12-01T12:00:00Z');
    const caseE = await openCase(verdictNotice({ subjectId: 'mch-f3' }));
    at('2026-12-01T13:00:00Z');
    const decisionE = await decide(caseE, { violationType: 'diversion', actions: [{ type: 'warn' }] });
    at('2026-12-01T14:00:00Z');
    for (let i = 0; i < 5; i++) await fileReport();
    // The same reporter, target and category again within 24 hours: merged, not counted again.
    expect(
      (
        await fileReport({
          reportId: 'rpt-fig-dup',
          reporterId: `buyer-${reportSeq}`,
          targetId: `lst-rep-${reportSeq}`,
        })
      ).status,
    ).toBe('merged');
    expect(
      await sendEvents([
        liveEnded('sess-f1', { totalViewers: 20_000, peakViewers: 3_000 }, '2026-12-01T10:00:00Z'),
        liveEnded('sess-f2', { peakViewers: 5_000 }, '2026-12-01T20:00:00Z'),
        liveEnded('sess-f3', {}, '2026-12-01T21:00:00Z'),
        liveEnded('sess-f4', { totalViewers: 100 }, '2026-12-03T01:00:00Z'),
        order('o-1', 'ev-o-1', '2026-12-01T01:00:00Z'),
        order('o-2', 'ev-o-2', '2026-12-01T02:00:00Z'),
        order('o-3', 'ev-o-3', '2026-12-01T23:59:59Z'),
        order('o-4', 'ev-o-4', '2026-12-01T05:00:00Z'),
        order('o-4', 'ev-o-4-again', '2026-12-01T05:00:01Z'),
      ]),
    ).toMatchObject({ accepted: 9, rejected: [] });
    // The same session and order again in a later batch, under new event ids: counted once.
    expect(
      await sendEvents([
        liveEnded('sess-f1', { totalViewers: 99_999 }, '2026-12-01T10:05:00Z', 'ev-end-retry'),
        order('o-4', 'ev-o-4-retry', '2026-12-01T05:00:02Z'),
      ]),
    ).toMatchObject({ accepted: 2, rejected: [] });

    // 2026-12-02
    at('2026-12-02T00:00:00Z');
    expect(await f.platform.db.transaction().execute((trx) => escalateIfOverdue(trx, clock, caseG))).toMatchObject({
      queue: { from: 'en', to: 'escalated' },
    });
    at('2026-12-02T08:00:00Z');
    const caseC = await openCase(verdictNotice({ subjectId: 'mch-f2', findings: [counterfeitFinding] }));
    const caseD = await openCase(verdictNotice({ subjectId: 'mch-f4' }));
    at('2026-12-02T08:10:00Z');
    expect(
      (await decide(caseD, { violationType: 'none', actions: [{ type: 'restore_listing' }] })).sanctions,
    ).toHaveLength(1);
    at('2026-12-02T09:00:00Z');
    const proposed = await decide(caseC, {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }, { type: 'terminate_account' }],
    });
    expect(proposed.status).toBe('pending_confirmation');
    at('2026-12-02T10:00:00Z');
    expect((await ok('POST', `/v1/decisions/${proposed.id}/confirm`, reviewer2)).status).toBe('in_effect');
    at('2026-12-02T11:00:00Z');
    await appealDecided(decisionA.id, merchantF1, { outcome: 'reversed' });
    await appealDecided(decisionB.id, hostF1, { outcome: 'upheld' });
    const modified = await appealDecided(decisionE.id, merchantF3, {
      outcome: 'modified',
      decision: {
        violationType: 'diversion',
        actions: [{ type: 'remove_listing' }],
        facts: '改为下架。',
        language: 'zh-CN',
      },
    });
    expect(modified.newDecision.status).toBe('in_effect');
    at('2026-12-02T12:00:00Z');
    await fileReport();
    await sendEvents([order('o-5'), order('o-6')]);

    // Just after the range: counts nowhere.
    at('2026-12-02T23:00:00Z');
    const caseF = await openCase(verdictNotice({ subjectId: 'mch-f5' }));
    at('2026-12-03T00:30:00Z');
    await decide(caseF, { violationType: 'diversion' });
    await fileReport();
    at('2026-12-03T08:00:00Z');
  });
  afterAll(() => f.close());

  it('reports per 10,000 viewers and orders by day, from live.ended and order.placed events', async () => {
    const figures = await ok('GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-02', analyst);
    expect(figures).toMatchObject({ from: '2026-12-01', to: '2026-12-02', generatedAt: '2026-12-03T08:00:00.000Z' });
    expect(figures.reportRates).toEqual({
      days: [
        {
          day: '2026-12-01',
          reports: 5,
          viewers: 25_000,
          orders: 4,
          perTenThousandViewers: 2,
          perTenThousandOrders: 12_500,
        },
        {
          day: '2026-12-02',
          reports: 1,
          viewers: 0,
          orders: 2,
          perTenThousandViewers: null,
          perTenThousandOrders: 5_000,
        },
      ],
      total: { reports: 6, viewers: 25_000, orders: 6, perTenThousandViewers: 2.4, perTenThousandOrders: 10_000 },
    });
  });

  it('counts penalties and bans imposed in the range by action, violation type and subject kind', async () => {
    const figures = await ok('GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-02', analyst);
    expect(figures.penalties).toEqual({
      total: 9,
      byAction: { remove_listing: 3, forbid_new_listings: 1, warn: 1, suspend_live: 3, terminate_account: 1 },
      byViolationType: {
        diversion: { total: 4, byAction: { remove_listing: 2, forbid_new_listings: 1, warn: 1 } },
        sexual: { total: 2, byAction: { suspend_live: 2 } },
        counterfeit: { total: 3, byAction: { remove_listing: 1, terminate_account: 1, suspend_live: 1 } },
      },
      bySubjectKind: {
        merchant: {
          total: 7,
          byAction: { remove_listing: 3, forbid_new_listings: 1, warn: 1, terminate_account: 1, suspend_live: 1 },
        },
        host: { total: 2, byAction: { suspend_live: 2 } },
      },
    });
    expect(figures.bans).toEqual({
      total: 1,
      byViolationType: { counterfeit: 1 },
      bySubjectKind: { merchant: 1 },
    });
  });

  it('gives the median time to decision by opening queue, leaving out decisions that replaced appealed ones', async () => {
    const figures = await ok('GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-02', analyst);
    // A 3600 s, B 1800 s, E 3600 s, D 600 s, C 7200 s (to its confirmation).
    expect(figures.timeToDecision).toEqual({
      decisions: 5,
      medianSeconds: 3_600,
      byQueue: {
        general: { decisions: 3, medianSeconds: 3_600 },
        emergency: { decisions: 1, medianSeconds: 1_800 },
        serious: { decisions: 1, medianSeconds: 7_200 },
      },
    });
    // One day: the two first decisions in the emergency and general queues, 1800 s and 3600 s (×2).
    const day1 = await ok('GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-01', analyst);
    expect(day1.timeToDecision).toMatchObject({ decisions: 3, medianSeconds: 3_600 });
    expect(day1.timeToDecision.byQueue.general).toEqual({ decisions: 2, medianSeconds: 3_600 });
    // The next day: D 600 s and C 7200 s; the median of an even count lies between the middle two.
    const day2 = await ok('GET', '/v1/governance/figures?from=2026-12-02&to=2026-12-02', analyst);
    expect(day2.timeToDecision).toMatchObject({ decisions: 2, medianSeconds: 3_900 });
  });

  it('counts SLA breaches by queue, appeal outcomes and automated decisions', async () => {
    const figures = await ok('GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-02', analyst);
    expect(figures.slaBreaches).toEqual({ total: 1, byQueue: { en: 1 } });
    expect(figures.appeals).toEqual({
      decided: 3,
      upheld: 1,
      reversed: 1,
      modified: 1,
      reversalRate: 0.3333,
      modificationRate: 0.3333,
    });
    // A, B, E, D, C and the decision that replaced E; B and C had ladder sanctions added.
    expect(figures.automation).toEqual({
      decisions: 6,
      byActorKind: { user: 6 },
      automated: 0,
      automatedShare: 0,
      partiallyAutomated: 2,
      partiallyAutomatedShare: 0.3333,
      sanctions: 9,
      automaticSanctions: 2,
      automaticSanctionShare: 0.2222,
    });
  });

  it('answers zeros and nulls for a range with nothing in it', async () => {
    const figures = await ok('GET', '/v1/governance/figures?from=2026-10-01&to=2026-10-02', analyst);
    expect(figures.reportRates.total).toEqual({
      reports: 0,
      viewers: 0,
      orders: 0,
      perTenThousandViewers: null,
      perTenThousandOrders: null,
    });
    expect(figures.reportRates.days.map((d: Json) => d.day)).toEqual(['2026-10-01', '2026-10-02']);
    expect(figures.penalties).toEqual({ total: 0, byAction: {}, byViolationType: {}, bySubjectKind: {} });
    expect(figures.timeToDecision).toEqual({ decisions: 0, medianSeconds: null, byQueue: {} });
    expect(figures.slaBreaches).toEqual({ total: 0, byQueue: {} });
    expect(figures.appeals).toMatchObject({ decided: 0, reversalRate: null, modificationRate: null });
    expect(figures.automation).toMatchObject({ decisions: 0, automatedShare: null, automaticSanctionShare: null });
  });

  it('refuses a bad range with 400 governance.figures_range_invalid', async () => {
    for (const query of [
      '',
      'from=2026-12-01',
      'to=2026-12-01',
      'from=2026-12-1&to=2026-12-02',
      'from=2026-12-01T00:00:00Z&to=2026-12-02',
      'from=2026-02-30&to=2026-03-02',
      'from=2026-12-02&to=2026-12-01',
      'from=2026-08-31&to=2026-12-01',
    ]) {
      await refused(
        'GET',
        `/v1/governance/figures?${query}`,
        analyst,
        undefined,
        400,
        'governance.figures_range_invalid',
      );
    }
    // 92 days, both ends included, is the most a request may ask for.
    expect((await call('GET', '/v1/governance/figures?from=2026-09-01&to=2026-12-01', analyst)).statusCode).toBe(200);
    const tooLong = await call('GET', '/v1/governance/figures?from=2026-08-31&to=2026-12-01', analyst);
    expect(tooLong.json().error.details).toMatchObject({ field: 'to', maxDays: 92 });
  });

  it('documents the answer in the OpenAPI document', async () => {
    const spec = (await f.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const schema = spec.paths['/v1/governance/figures'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(schema.properties)).toEqual([
      'from',
      'to',
      'generatedAt',
      'reportRates',
      'penalties',
      'bans',
      'timeToDecision',
      'slaBreaches',
      'appeals',
      'automation',
    ]);
  });

  it('is for staff and platform keys only', async () => {
    await refused(
      'GET',
      '/v1/governance/figures?from=2026-12-01&to=2026-12-02',
      merchantF1,
      undefined,
      403,
      'auth.forbidden',
    );
    await refused(
      'GET',
      '/v1/governance/figures?from=2026-12-01&to=2026-12-02',
      hostF1,
      undefined,
      403,
      'auth.forbidden',
    );
    const bound = await withKey(boundReader, 'GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-02');
    expect(bound.statusCode).toBe(403);
    expect(bound.json().error.code).toBe('auth.forbidden');
    const key = await withKey(reader, 'GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-02');
    expect(key.statusCode).toBe(200);
    expect(key.json().penalties.total).toBe(9);
    expect((await ok('GET', '/v1/governance/figures?from=2026-12-01&to=2026-12-01', reviewer1)).from).toBe(
      '2026-12-01',
    );
  });
});
