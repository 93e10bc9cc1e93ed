import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { registerGovernance } from '../index.js';
import { DAY_MS } from '../rules/points-ladder.js';
import { stopStreamNotice } from '../testing/verdict-notices.js';

type Json = Record<string, any>;

const report = { name: '质检报告 2026-11', url: 'https://lab.example/reports/qc-2026-11.pdf' };

describe('live-stream control over HTTP', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let reviewer: string;
  let hostA: string;
  let hostB: string;
  let platformKey: string;
  let hostBKey: string;

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer, hostA, hostB] = await Promise.all([
      f.login('reviewer'),
      f.login('host', 'host-a'),
      f.login('host', 'host-b'),
    ]);
    platformKey = await f.apiKey(['screen']);
    hostBKey = await f.apiKey(['screen'], 'host-b');
  });
  afterAll(() => f.close());

  const asUser = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
    f.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as Json }) });
  const authorize = (payload: unknown, key = platformKey) =>
    f.app.inject({
      method: 'POST',
      url: '/v1/live/authorize',
      headers: { authorization: `Bearer ${key}` },
      payload: payload as Json,
    });
  const expectError = (res: { statusCode: number; body: string; json: () => any }, status: number, code: string) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
  };

  // Sessions expire while the clock moves days ahead: log in again after each jump.
  const relogin = async () => {
    [reviewer, hostA, hostB] = await Promise.all([
      f.login('reviewer'),
      f.login('host', 'host-a'),
      f.login('host', 'host-b'),
    ]);
  };

  let emergencyCase: string;
  let qcId: string;
  let qcCase: string;

  it('an emergency case proposes a sanction to its reviewer', async () => {
    const notice = stopStreamNotice('ses-a1', 'host-a');
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    emergencyCase = opened[0]!;
    const proposalOf = async () => (await asUser('GET', `/v1/cases/${emergencyCase}/proposal`, reviewer)).json();
    const first = await proposalOf();
    expect(first.proposal).toEqual({
      violationType: 'medical_claim',
      track: 'general',
      points: 6,
      actions: [{ type: 'suspend_live', days: 3 }],
      basis: { category: 'medical_claim', severity: 5 },
    });
    // The same notice told again, and a later segment of the stream, leave the proposal as it was.
    const later = stopStreamNotice('ses-a1', 'host-a', 2);
    await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice, later]));
    expect(await proposalOf()).toEqual(first);
    expect((await asUser('GET', `/v1/cases/${emergencyCase}/proposal`, hostA)).statusCode).toBe(403);
    expectError(await asUser('GET', '/v1/cases/cas_nope/proposal', reviewer), 404, 'governance.case_not_found');
  });

  it('denies a host with a live suspension in force, naming it and its end', async () => {
    const claimed = await asUser('POST', '/v1/queues/emergency/next', reviewer);
    expect(claimed.json().case.id).toBe(emergencyCase);
    const decided = await asUser('POST', `/v1/cases/${emergencyCase}/decision`, reviewer, {
      violationType: 'gambling',
      actions: [{ type: 'suspend_live', days: 7 }],
      facts: '直播中引导观众参与赌博。',
      language: 'zh-CN',
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const res = await authorize({ hostId: 'host-a', products: [{ listingId: 'lst-1' }] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.decision).toBe('deny');
    expect(body.sanction.action).toBe('suspend_live');
    // 24 serious points fire the ladder's 14-day suspension: the longest is the one named.
    expect(new Date(body.sanction.endsAt).getTime()).toBe(clock.now().getTime() + 14 * DAY_MS);
  });

  it('asks a high-risk host for pre-review and queues the submission as a qc case', async () => {
    clock.advance(15 * DAY_MS);
    await relogin();
    const res = await authorize({
      hostId: 'host-a',
      sessionId: 'ses-a2',
      products: [
        { listingId: 'lst-1' },
        { listingId: 'lst-2', name: '蜂蜜 500g', qcSubmission: { inspectionReports: [report], note: '第三方检测' } },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.decision).toBe('needs_review');
    expect(body.risk.level).toBe('high');
    expect(body.waiting).toEqual(['lst-1', 'lst-2']);
    expect(body.products[0]).toEqual({ listingId: 'lst-1', status: 'submission_required' });
    expect(body.products[1]).toMatchObject({ listingId: 'lst-2', status: 'pending' });
    qcId = body.products[1].qcId;
    qcCase = body.products[1].caseId;
    const c = (await findCase(f.platform.db, qcCase))!;
    expect(c).toMatchObject({ queue: 'qc', subjectKind: 'host', subjectId: 'host-a', targetId: 'lst-2' });
    expect(JSON.stringify(c.evidence)).toContain(report.url);
    // Asking again does not queue the same product twice.
    const again = (
      await authorize({
        hostId: 'host-a',
        products: [{ listingId: 'lst-2', qcSubmission: { inspectionReports: [report] } }],
      })
    ).json();
    expect(again.products[0]).toMatchObject({ status: 'pending', qcId });
  });

  it('reads a host’s risk for staff and for the host itself, not for another host', async () => {
    const staff = await asUser('GET', '/v1/hosts/host-a/risk', reviewer);
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.json()).toMatchObject({ hostId: 'host-a', level: 'high' });
    expect(staff.json().reasons).toContainEqual({ signal: 'serious_points', value: 24, threshold: 12, level: 'high' });
    expect((await asUser('GET', '/v1/hosts/host-a/risk', hostA)).statusCode).toBe(200);
    expectError(await asUser('GET', '/v1/hosts/host-a/risk', hostB), 404, 'governance.subject_not_found');
    expectError(
      await authorize({ hostId: 'host-a', products: [{ listingId: 'lst-1' }] }, hostBKey),
      404,
      'governance.subject_not_found',
    );
  });

  it('lets a reviewer pass a submission; the product then stays passed for the host', async () => {
    expect((await asUser('POST', `/v1/qc/${qcId}/decision`, hostA, { decision: 'pass', reason: 'x' })).statusCode).toBe(
      403,
    );
    const res = await asUser('POST', `/v1/qc/${qcId}/decision`, reviewer, { decision: 'pass', reason: '检测报告齐全' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'passed', reason: '检测报告齐全' });
    expect((await asUser('GET', `/v1/qc/${qcId}`, reviewer)).json()).toMatchObject({
      state: 'passed',
      hostId: 'host-a',
    });
    expect(new Date(res.json().validUntil).getTime()).toBe(clock.now().getTime() + 90 * DAY_MS);
    expect((await findCase(f.platform.db, qcCase))!.state).toBe('decided');
    expectError(
      await asUser('POST', `/v1/qc/${qcId}/decision`, reviewer, { decision: 'fail', reason: 'late' }),
      409,
      'governance.qc_submission_not_pending',
    );
    expectError(
      await asUser('POST', '/v1/qc/qcs_nope/decision', reviewer, { decision: 'pass', reason: 'x' }),
      404,
      'governance.qc_submission_not_found',
    );

    const allowed = (await authorize({ hostId: 'host-a', products: [{ listingId: 'lst-2' }] })).json();
    expect(allowed).toMatchObject({
      decision: 'allow',
      waiting: [],
      products: [{ listingId: 'lst-2', status: 'passed' }],
    });
    // Another host gets nothing from host-a's pass (host-b is low-risk, so no review either way).
    expect((await authorize({ hostId: 'host-b', products: [{ listingId: 'lst-2' }] }, hostBKey)).json()).toMatchObject({
      decision: 'allow',
      products: [{ status: 'not_required' }],
    });
    // The pass lapses after its validity period.
    clock.advance(91 * DAY_MS);
    await relogin();
    const lapsed = (await authorize({ hostId: 'host-a', products: [{ listingId: 'lst-2' }] })).json();
    expect(lapsed).toMatchObject({ decision: 'needs_review', waiting: ['lst-2'] });
  });

  it('refuses bad input with a 400 and changes nothing', async () => {
    const before = await f.platform.db.selectFrom('govQcSubmissions').select('id').execute();
    for (const payload of [
      { hostId: 'host-a', products: [] },
      { products: [{ listingId: 'lst-9' }] },
      {
        hostId: 'host-a',
        products: [{ listingId: 'lst-9', qcSubmission: { inspectionReports: [{ name: 'no source' }] } }],
      },
      { hostId: 'host-a', products: [{ listingId: 'lst-9', qcSubmission: { inspectionReports: [] } }] },
    ]) {
      expectError(await authorize(payload), 400, 'http.validation_failed');
    }
    expectError(
      await asUser('POST', `/v1/qc/${qcId}/decision`, reviewer, { decision: 'maybe', reason: 'x' }),
      400,
      'http.validation_failed',
    );
    expect(await f.platform.db.selectFrom('govQcSubmissions').select('id').execute()).toEqual(before);
  });
});
