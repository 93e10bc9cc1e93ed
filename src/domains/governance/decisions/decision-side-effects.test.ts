import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { registerGovernance } from '../index.js';
import { verdictNotice } from '../testing/verdict-notices.js';

type Json = Record<string, any>;

// What a decision means beyond its sanctions: reporters hear the outcome, and a terminated
// account's identities turn a new shop away at onboarding (until the decision is reversed).
describe('decisions tell reporters and the onboarding check', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let reviewer1: string;
  let reviewer2: string;
  let lead: string;

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer1, reviewer2, lead] = await Promise.all([f.login('reviewer'), f.login('reviewer'), f.login('lead')]);
  });
  afterAll(() => f.close());

  const ok = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown): Promise<Json> => {
    const res = await f.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload ? { payload: payload as Json } : {}),
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const claim = async (caseId: string, cookie: string) => {
    const queue = (await findCase(f.platform.db, caseId))!.queue;
    expect((await ok('POST', `/v1/queues/${queue}/next`, cookie)).case.id).toBe(caseId);
  };
  const webhooks = async (type: string) =>
    (await f.platform.db.selectFrom('outboxMessages').select('payload').where('type', '=', type).execute()).map(
      (r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload).data as Json,
    );

  it('sends report.decided to the reporters of a decided case', async () => {
    const filed = await ok('POST', '/v1/reports', lead, {
      reporterId: 'buyer-7',
      targetType: 'listing',
      targetId: 'lst-rep',
      subject: { kind: 'merchant', id: 'mch-rep' },
      category: 'counterfeit',
      explanation: '标题写“原单”，售价只有专柜的一折。',
      contact: 'buyer7@example.com',
      goodFaith: true,
    });
    const caseId = filed.caseId as string;
    expect(caseId).toBeTruthy();
    await claim(caseId, reviewer1);
    expect(await webhooks('report.decided')).toEqual([]);
    await ok('POST', `/v1/cases/${caseId}/decision`, reviewer1, {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }],
      facts: '商品标题自称原单，品牌方确认非授权。',
      language: 'zh-CN',
    });
    const decided = await webhooks('report.decided');
    expect(decided).toHaveLength(1);
    expect(JSON.stringify(decided[0])).toContain(filed.report.id);
    expect(decided[0]).toMatchObject({ caseId });
  });

  it('bans a terminated host at onboarding, and lets a new account in again once the decision is reversed', async () => {
    await ok('POST', '/v1/identities', lead, {
      subjectKind: 'host',
      subjectId: 'host-x',
      idNumber: '110101199003071234',
    });
    const check = () =>
      ok('POST', '/v1/onboarding/check', lead, { subjectKind: 'host', idNumber: '110101199003071234' });
    expect((await check()).answer).toBe('allow');

    const { opened } = await f.platform.db.transaction().execute((trx) =>
      openCasesFromVerdicts(trx, clock, [
        verdictNotice({
          contentKind: 'live_segment',
          contentId: 'live-x:4',
          sessionId: 'live-x',
          subjectKind: 'host',
          subjectId: 'host-x',
        }),
      ]),
    );
    await claim(opened[0]!, reviewer1);
    const d = await ok('POST', `/v1/cases/${opened[0]}/decision`, reviewer1, {
      violationType: 'fraud',
      actions: [{ type: 'terminate_account' }],
      facts: '直播中以虚假抽奖骗取观众转账。',
      language: 'zh-CN',
    });
    expect(d.status).toBe('pending_confirmation');
    expect((await check()).answer).toBe('allow');
    await ok('POST', `/v1/decisions/${d.id}/confirm`, reviewer2, {});
    const banned = await check();
    expect(banned.answer).toBe('deny');
    expect(JSON.stringify(banned)).toContain('host-x');

    await ok('POST', `/v1/decisions/${d.id}/reverse`, lead, { reason: '抽奖经核实为真实活动' });
    expect((await check()).answer).toBe('allow');
  });
});
