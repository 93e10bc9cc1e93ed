import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { registerGovernance } from '../index.js';

describe('reports and trusted flaggers over HTTP', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let intake: string;
  let reader: string;
  let merchantKey: string;
  let merchant: string;
  let lead: string;
  let reviewer: string;

  const notice = (overrides: Record<string, unknown> = {}) => ({
    reporterId: 'buyer-1',
    targetType: 'listing',
    targetId: 'lst-http',
    category: 'counterfeit',
    explanation: '商品图片与正品商标一致但价格只有一折，疑似假货',
    location: 'https://shop.example.com/item/lst-http#gallery-3',
    contact: '张三 zhang@example.com',
    goodFaith: true,
    ...overrides,
  });
  const fileReport = (payload: object, key = intake) =>
    f.app.inject({ method: 'POST', url: '/v1/reports', headers: { authorization: `Bearer ${key}` }, payload });

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [intake, reader, merchantKey, merchant, lead, reviewer] = await Promise.all([
      f.apiKey(['events:write']),
      f.apiKey(['read']),
      f.apiKey(['read', 'events:write'], 'mch-1'),
      f.login('merchant', 'mch-1'),
      f.login('lead'),
      f.login('reviewer'),
    ]);
  });
  afterAll(() => f.close());

  it('files a report with its case and a receipt, and merges its duplicate', async () => {
    const res = await fileReport(notice({ reportId: 'rpt-h1' }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'new',
      report: { id: 'rpt-h1', target: { kind: 'listing', id: 'lst-http' }, source: 'api', trustedFlagger: false },
    });
    expect(body.caseId).toMatch(/^cas_/);
    const dup = await fileReport(notice());
    expect(dup.statusCode).toBe(201);
    expect(dup.json()).toMatchObject({ status: 'merged', caseId: body.caseId, report: { mergedInto: 'rpt-h1' } });
    const retry = await fileReport(notice({ reportId: 'rpt-h1' }));
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'existing', report: { duplicateCount: 1 } });
    const acks = await f.platform.db
      .selectFrom('outboxMessages')
      .select('id')
      .where('type', '=', 'report.acknowledged')
      .execute();
    expect(acks).toHaveLength(2);
  });

  it('refuses bad notices with 400 and changes nothing', async () => {
    const before = await f.platform.db.selectFrom('govReports').select('id').execute();
    const cases: [Record<string, unknown>, string][] = [
      [notice({ contact: undefined }), '/contact'],
      [notice({ goodFaith: false }), '/goodFaith'],
      [notice({ targetType: 'buyer' }), '/targetType'],
      [notice({ category: 'Counterfeit goods!' }), '/category'],
      [notice({ explanation: '   ' }), '/explanation'],
    ];
    for (const [payload, path] of cases) {
      const res = await fileReport(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('http.validation_failed');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await f.platform.db.selectFrom('govReports').select('id').execute()).toHaveLength(before.length);
    // Child sexual abuse may be reported without a name (DSA Art. 16(2)(c)).
    const anonymous = await fileReport(
      notice({ reporterId: undefined, contact: undefined, category: 'child_sexual_abuse', targetId: 'lst-csa' }),
    );
    expect(anonymous.statusCode).toBe(201);
  });

  it('takes reports from report.filed events, opening their case through the job', async () => {
    const event = (id: string, reporterId: string) =>
      cloudEvent(
        'report.filed',
        {
          reportId: id,
          reporterId,
          targetType: 'live_session',
          targetId: 'sess-ev',
          category: 'medical_claim',
          explanation: '主播说这个能治糖尿病',
          goodFaith: true,
        },
        id,
      );
    const res = await f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${intake}` },
      payload: [event('ev-1', 'viewer-1'), event('ev-2', 'viewer-1'), event('ev-3', 'viewer-2')],
    });
    expect(res.json().accepted).toBe(3);
    const stored = await f.app.inject({
      method: 'GET',
      url: '/v1/reports?target=sess-ev',
      headers: { authorization: `Bearer ${reader}` },
    });
    expect(stored.json().items.map((r: { id: string; caseId: string | null }) => [r.id, r.caseId])).toEqual([
      ['ev-3', null],
      ['ev-2', null],
      ['ev-1', null],
    ]);
    while ((await f.platform.jobs.runOnce()) > 0);
    const firsts = await f.app.inject({
      method: 'GET',
      url: '/v1/reports?target=sess-ev&merged=false',
      headers: { authorization: `Bearer ${reader}` },
    });
    const items = firsts.json().items as { id: string; caseId: string }[];
    expect(items.map((r) => r.id)).toEqual(['ev-3', 'ev-1']);
    expect(items[0]!.caseId).toMatch(/^cas_/);
    expect(items[1]!.caseId).toBe(items[0]!.caseId);
    const c = await f.app.inject({
      method: 'GET',
      url: `/v1/cases/${items[0]!.caseId}`,
      headers: { cookie: reviewer },
    });
    expect(c.json()).toMatchObject({
      source: 'report',
      target: { kind: 'live_session', id: 'sess-ev' },
      evidence: { reportIds: ['ev-1', 'ev-3'] },
    });
    const merged = await f.app.inject({ method: 'GET', url: '/v1/reports/ev-2', headers: { cookie: reviewer } });
    expect(merged.json()).toMatchObject({ mergedInto: 'ev-1', caseId: items[0]!.caseId });
  });

  it('shows reports to staff only: a merchant key or account gets 403', async () => {
    for (const headers of [{ authorization: `Bearer ${merchantKey}` }, { cookie: merchant }]) {
      for (const url of ['/v1/reports', '/v1/reports/rpt-h1', '/v1/trusted-flaggers']) {
        const res = await f.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toMatch(/^auth\.(forbidden|missing_scope)$/);
      }
    }
    expect((await fileReport(notice({ targetId: 'lst-mch' }), merchantKey)).statusCode).toBe(403);
    const missing = await f.app.inject({ method: 'GET', url: '/v1/reports/nope', headers: { cookie: reviewer } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('governance.report_not_found');
    const badFilter = await f.app.inject({ method: 'GET', url: '/v1/reports?limit=0', headers: { cookie: reviewer } });
    expect(badFilter.statusCode).toBe(400);
  });

  it('lets leads grant and revoke trusted flaggers, with audit entries', async () => {
    const body = { reporterId: 'tf-http', name: '中国消费者协会', note: 'designated 2026-11' };
    const byReviewer = await f.app.inject({
      method: 'POST',
      url: '/v1/trusted-flaggers',
      headers: { cookie: reviewer },
      payload: body,
    });
    expect(byReviewer.statusCode).toBe(403);
    const granted = await f.app.inject({
      method: 'POST',
      url: '/v1/trusted-flaggers',
      headers: { cookie: lead },
      payload: body,
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({ reporterId: 'tf-http', active: true, accuracy: null });

    const flagged = await fileReport(notice({ reporterId: 'tf-http', targetId: 'lst-tf', category: 'spam' }));
    expect(flagged.json().report).toMatchObject({ trustedFlagger: true, priority: 'high' });
    const list = await f.app.inject({
      method: 'GET',
      url: '/v1/reports?trustedFlagger=true',
      headers: { authorization: `Bearer ${reader}` },
    });
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([flagged.json().report.id]);

    const revoked = await f.app.inject({
      method: 'DELETE',
      url: '/v1/trusted-flaggers/tf-http',
      headers: { cookie: lead },
      payload: { reason: 'designation withdrawn' },
    });
    expect(revoked.json()).toMatchObject({
      active: false,
      revokeReason: 'designation withdrawn',
      reports: { filed: 1 },
    });
    const listed = await f.app.inject({ method: 'GET', url: '/v1/trusted-flaggers', headers: { cookie: reviewer } });
    expect(listed.json().items).toHaveLength(1);
    const unknown = await f.app.inject({
      method: 'DELETE',
      url: '/v1/trusted-flaggers/nobody',
      headers: { cookie: lead },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('governance.trusted_flagger_not_found');
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .select(['action', 'subject'])
      .where('action', 'like', 'trusted_flagger.%')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'trusted_flagger.granted', subject: 'reporter:tf-http' },
      { action: 'trusted_flagger.revoked', subject: 'reporter:tf-http' },
    ]);
  });
});
