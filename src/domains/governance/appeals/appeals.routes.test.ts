import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { sessionCalls } from '../../../../test/support/session-calls.js';
import { ManualClock } from '../../../platform/clock.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { registerGovernance } from '../index.js';
import { DAY_MS } from '../rules/points-ladder.js';
import { verdictNotice } from '../testing/verdict-notices.js';

type Json = Record<string, any>;

describe('appeals over HTTP (DSA Art. 20)', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let reviewer1: string;
  let reviewer2: string;
  let reviewer3: string;
  let merchantA: string;
  let merchantB: string;

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer1, reviewer2, reviewer3, merchantA, merchantB] = await Promise.all([
      f.login('reviewer'),
      f.login('reviewer'),
      f.login('reviewer'),
      f.login('merchant', 'mch-ap-a'),
      f.login('merchant', 'mch-ap-b'),
    ]);
  });
  afterAll(() => f.close());

  const { ok, refused } = sessionCalls(() => f.app);

  /** A decision by reviewer1 on a new listing case of the merchant. */
  const decided = async (subjectId: string, body: Json): Promise<Json> => {
    const notice = verdictNotice({ subjectId });
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    const caseId = opened[0]!;
    const queue = (await findCase(f.platform.db, caseId))!.queue;
    expect((await ok('POST', `/v1/queues/${queue}/next`, reviewer1)).case.id).toBe(caseId);
    return ok('POST', `/v1/cases/${caseId}/decision`, reviewer1, { facts: '商品为假冒注册商标的商品。', ...body });
  };

  const webhooks = async (type: string) => {
    const rows = await f.platform.db.selectFrom('outboxMessages').select('payload').where('type', '=', type).execute();
    return rows.map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload).data as Json);
  };

  const appealText = {
    text: '该商品有品牌授权书，并非假冒。',
    attachments: [{ name: '授权书.pdf', sha256: 'a'.repeat(64), size: 1024 }],
  };

  /** Files an appeal and has reviewer2 claim it from the appeals queue. */
  const appealAndClaim = async (decisionId: string, language?: string): Promise<Json> => {
    const appeal = await ok('POST', `/v1/decisions/${decisionId}/appeals`, merchantA, { ...appealText, language });
    const claimed = await ok('POST', '/v1/queues/appeals/next', reviewer2);
    expect(claimed.appeal.id).toBe(appeal.id);
    return appeal;
  };

  it('takes an appeal from the affected merchant: case appealed in the appeals queue, webhook, audit', async () => {
    const d = await decided('mch-ap-a', { violationType: 'diversion', language: 'zh-CN' });
    const appeal = await ok('POST', `/v1/decisions/${d.id}/appeals`, merchantA, appealText);
    expect(appeal).toMatchObject({
      decisionId: d.id,
      caseId: d.caseId,
      subject: { kind: 'merchant', id: 'mch-ap-a' },
      status: 'open',
      language: 'zh-CN',
      attachments: [{ name: '授权书.pdf', sha256: 'a'.repeat(64), size: 1024 }],
      decision: null,
    });
    const c = await ok('GET', `/v1/cases/${d.caseId}`, reviewer3);
    expect(c).toMatchObject({ state: 'appealed', queue: 'appeals', assignee: null });
    expect(new Date(c.dueAt).getTime() - clock.now().getTime()).toBe(3 * DAY_MS);
    expect(await webhooks('appeal.received')).toContainEqual(
      expect.objectContaining({ appealId: appeal.id, decisionId: d.id, partyKind: 'merchant', partyId: 'mch-ap-a' }),
    );
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .select('action')
      .where('subject', '=', appeal.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['appeal.filed']);

    // One open appeal per decision.
    await refused(
      'POST',
      `/v1/decisions/${d.id}/appeals`,
      merchantA,
      appealText,
      409,
      'governance.appeal_already_open',
    );

    // The reviewer who decided is never handed the appeal, nor may decide it.
    expect(await ok('POST', '/v1/queues/appeals/next', reviewer1)).toEqual({ case: null, appeal: null });
    await refused(
      'POST',
      `/v1/appeals/${appeal.id}/decision`,
      reviewer1,
      { outcome: 'reversed', reasoning: '自己复核自己' },
      403,
      'governance.appeal_same_reviewer',
    );
    const claimed = await ok('POST', '/v1/queues/appeals/next', reviewer2);
    expect(claimed.case).toMatchObject({ id: d.caseId, state: 'appealed', assignee: expect.stringMatching(/^user:/) });

    // Upheld: the decision stands, the case closes, the merchant reads the reply.
    const upheld = await ok('POST', `/v1/appeals/${appeal.id}/decision`, reviewer2, {
      outcome: 'upheld',
      reasoning: '商品详情确有引导站外交易的内容。',
    });
    expect(upheld.appeal).toMatchObject({
      status: 'upheld',
      decision: { reply: expect.stringContaining('维持原决定') },
    });
    expect((await ok('GET', `/v1/decisions/${d.id}`, merchantA)).status).toBe('in_effect');
    expect((await ok('GET', `/v1/cases/${d.caseId}`, reviewer3)).state).toBe('closed');
    const mine = await ok('GET', `/v1/appeals/${appeal.id}`, merchantA);
    expect(mine.decision).toMatchObject({ by: null, reply: expect.stringContaining('引导站外交易') });
    await refused(
      'POST',
      `/v1/appeals/${appeal.id}/decision`,
      reviewer3,
      { outcome: 'reversed', reasoning: '再看一次' },
      409,
      'governance.appeal_not_open',
    );
    expect(await webhooks('appeal.decided')).toContainEqual(
      expect.objectContaining({ appealId: appeal.id, outcome: 'upheld', newDecisionId: null }),
    );
  });

  it('shows a merchant only its own appeals; another’s decision or appeal is a 404', async () => {
    const d = await decided('mch-ap-a', { violationType: 'diversion', language: 'zh-CN' });
    await refused('POST', `/v1/decisions/${d.id}/appeals`, merchantB, appealText, 404, 'governance.decision_not_found');
    const appeal = await ok('POST', `/v1/decisions/${d.id}/appeals`, merchantA, appealText);
    await refused('GET', `/v1/appeals/${appeal.id}`, merchantB, undefined, 404, 'governance.appeal_not_found');
    expect((await ok('GET', '/v1/appeals', merchantB)).items).toEqual([]);
    expect((await ok('GET', '/v1/appeals?subject=mch-ap-a', merchantB)).items).toEqual([]);
    const own = (await ok('GET', '/v1/appeals', merchantA)).items;
    expect(own.map((a: Json) => a.id)).toContain(appeal.id);
    expect(own.every((a: Json) => a.subject.id === 'mch-ap-a')).toBe(true);
    const staff = await ok('GET', `/v1/appeals?status=open&decision=${d.id}`, reviewer3);
    expect(staff.items.map((a: Json) => a.id)).toEqual([appeal.id]);
    // An API key bound to the merchant may appeal for it; one bound to another is told 404.
    const other = await decided('mch-ap-a', { violationType: 'diversion', language: 'en' });
    const keyB = await f.apiKey(['events:write'], 'mch-ap-b');
    const byKey = (key: string) =>
      f.app.inject({
        method: 'POST',
        url: `/v1/decisions/${other.id}/appeals`,
        headers: { authorization: `Bearer ${key}` },
        payload: appealText,
      });
    expect((await byKey(keyB)).statusCode).toBe(404);
    const keyA = await f.apiKey(['events:write'], 'mch-ap-a');
    const res = await byKey(keyA);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ appellant: expect.stringMatching(/^api_key:/), language: 'en' });
    // Staff do not file appeals.
    await refused('POST', `/v1/decisions/${d.id}/appeals`, reviewer3, appealText, 403, 'auth.forbidden');
    // Leave the queue empty for the tests that follow.
    for (const id of [appeal.id, res.json().id]) {
      await ok('POST', '/v1/queues/appeals/next', reviewer2);
      await ok('POST', `/v1/appeals/${id}/decision`, reviewer2, { outcome: 'upheld', reasoning: '维持。' });
    }
  });

  it('keeps the confirmer of a four-eyes decision off its appeal too', async () => {
    const d = await decided('mch-ap-c', {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }, { type: 'deduct_deposit', amount: 60_000 }],
      language: 'en',
    });
    expect(d.status).toBe('pending_confirmation');
    const confirmed = await ok('POST', `/v1/decisions/${d.id}/confirm`, reviewer2, {});
    expect(confirmed.status).toBe('in_effect');
    const merchantC = await f.login('merchant', 'mch-ap-c');
    const appeal = await ok('POST', `/v1/decisions/${d.id}/appeals`, merchantC, appealText);
    // Neither the proposer nor the confirmer is handed it or may decide it.
    for (const cookie of [reviewer1, reviewer2]) {
      expect(await ok('POST', '/v1/queues/appeals/next', cookie)).toEqual({ case: null, appeal: null });
      await refused(
        'POST',
        `/v1/appeals/${appeal.id}/decision`,
        cookie,
        { outcome: 'reversed', reasoning: 'x' },
        403,
        'governance.appeal_same_reviewer',
      );
    }
    expect((await ok('POST', '/v1/queues/appeals/next', reviewer3)).appeal.id).toBe(appeal.id);
    const res = await ok('POST', `/v1/appeals/${appeal.id}/decision`, reviewer3, {
      outcome: 'reversed',
      reasoning: 'The goods were genuine.',
    });
    expect(res.appeal.status).toBe('reversed');
    expect(
      (await ok('GET', `/v1/decisions/${d.id}`, merchantC)).sanctions.every((s: Json) => s.status === 'lifted'),
    ).toBe(true);
  });

  it('refuses bad input with a code', async () => {
    const d = await decided('mch-ap-a', { violationType: 'diversion', language: 'zh-CN' });
    const url = `/v1/decisions/${d.id}/appeals`;
    await refused('POST', url, merchantA, { text: '' }, 400, 'http.validation_failed');
    await refused('POST', url, merchantA, { text: 'x'.repeat(5_001) }, 400, 'http.validation_failed');
    await refused(
      'POST',
      url,
      merchantA,
      { text: 'ok', attachments: [{ name: 'a.pdf' }] },
      400,
      'http.validation_failed',
    );
    await refused(
      'POST',
      url,
      merchantA,
      { text: 'ok', attachments: [{ name: 'a.pdf', sha256: 'not-a-hash' }] },
      400,
      'http.validation_failed',
    );
    await refused(
      'POST',
      '/v1/decisions/dec_nope/appeals',
      merchantA,
      appealText,
      404,
      'governance.decision_not_found',
    );
    const appeal = await ok('POST', url, merchantA, { text: 'x'.repeat(5_000) });
    await refused(
      'POST',
      `/v1/appeals/${appeal.id}/decision`,
      reviewer2,
      { outcome: 'modified', reasoning: '缺少新决定' },
      400,
      'http.validation_failed',
    );
    await refused(
      'POST',
      `/v1/appeals/${appeal.id}/decision`,
      reviewer2,
      { outcome: 'maybe', reasoning: 'x' },
      400,
      'http.validation_failed',
    );
    await refused(
      'POST',
      '/v1/appeals/apl_nope/decision',
      reviewer2,
      { outcome: 'upheld', reasoning: 'x' },
      404,
      'governance.appeal_not_found',
    );
    await ok('POST', '/v1/queues/appeals/next', reviewer2);
    await ok('POST', `/v1/appeals/${appeal.id}/decision`, reviewer2, { outcome: 'upheld', reasoning: '维持。' });
  });

  it('reverses on appeal: points back, sanctions lifted with their messages, statement records it', async () => {
    // 12 serious points: the ladder adds a 7-day live suspension of its own.
    const d = await decided('mch-ap-a', { violationType: 'counterfeit', language: 'zh-CN' });
    expect(d.sanctions.map((s: Json) => [s.action, s.automatic])).toEqual([
      ['remove_listing', false],
      ['suspend_live', true],
    ]);
    expect((await ok('GET', '/v1/subjects/merchant/mch-ap-a/points', reviewer3)).totals.serious).toBe(12);

    const appeal = await appealAndClaim(d.id, 'en');
    const { appeal: decidedAppeal } = await ok('POST', `/v1/appeals/${appeal.id}/decision`, reviewer2, {
      outcome: 'reversed',
      reasoning: 'The brand licence checks out.',
    });
    expect(decidedAppeal).toMatchObject({ status: 'reversed', language: 'en' });
    expect(decidedAppeal.decision.reply).toContain('reverse decision');
    expect(decidedAppeal.decision.reply).toContain('The brand licence checks out.');

    const after = await ok('GET', `/v1/decisions/${d.id}`, merchantA);
    expect(after.status).toBe('reversed');
    expect(after.sanctions.map((s: Json) => s.status)).toEqual(['lifted', 'lifted']);
    expect(after.statement).toContain(`申诉${appeal.id}`);
    expect(after.statement).toContain('本决定已撤销');
    expect((await ok('GET', '/v1/subjects/merchant/mch-ap-a/points', reviewer3)).totals.serious).toBe(0);
    const lifts = (await webhooks('enforcement.action')).filter(
      (m) => m.decisionId === d.id && m.action !== 'remove_listing',
    );
    expect(lifts.map((m) => m.action).sort()).toEqual(['lift_suspend_live', 'restore_listing', 'suspend_live']);
    expect((await ok('GET', `/v1/cases/${d.caseId}`, reviewer3)).state).toBe('closed');
    expect(await webhooks('appeal.decided')).toContainEqual(
      expect.objectContaining({ appealId: appeal.id, outcome: 'reversed', partyId: 'mch-ap-a' }),
    );
  });

  it('modifies on appeal: the decision is reversed and a new one takes effect through the decide path', async () => {
    const d = await decided('mch-ap-a', {
      violationType: 'diversion',
      actions: [{ type: 'remove_listing' }, { type: 'forbid_new_listings', days: 7 }],
      language: 'zh-CN',
    });
    const appeal = await appealAndClaim(d.id);
    const res = await ok('POST', `/v1/appeals/${appeal.id}/decision`, reviewer2, {
      outcome: 'modified',
      reasoning: '违规属实，但禁止发布新商品过重，改为警告。',
      decision: {
        violationType: 'diversion',
        actions: [{ type: 'warn' }],
        facts: '引导站外交易，情节较轻。',
        language: 'zh-CN',
      },
    });
    expect(res.appeal).toMatchObject({ status: 'modified', decision: { newDecisionId: res.newDecision.id } });
    expect(res.newDecision).toMatchObject({ status: 'in_effect', actions: [{ type: 'warn' }], caseId: d.caseId });
    expect(res.newDecision.decidedBy).not.toBe(d.decidedBy);
    expect(res.newDecision.statement).toContain(`取代原决定${d.id}`);
    const old = await ok('GET', `/v1/decisions/${d.id}`, reviewer3);
    expect(old.status).toBe('reversed');
    expect(old.statement).toContain(`本决定已由${res.newDecision.id}取代`);
    // Its own sanctions and what its points triggered on the ladder (the merchant has earlier points).
    expect(old.sanctions.length).toBeGreaterThanOrEqual(2);
    expect(old.sanctions.every((s: Json) => s.status === 'lifted')).toBe(true);
    // The case is decided again, with the new decision's own appeal window.
    expect(await ok('GET', `/v1/cases/${d.caseId}`, reviewer3)).toMatchObject({ state: 'decided' });
  });

  it('closes the window 180 days after the decision took effect', async () => {
    const d = await decided('mch-ap-a', { violationType: 'diversion', language: 'zh-CN' });
    clock.advance(181 * DAY_MS);
    // Sessions do not last half a year.
    [reviewer1, merchantA] = await Promise.all([f.login('reviewer'), f.login('merchant', 'mch-ap-a')]);
    await refused(
      'POST',
      `/v1/decisions/${d.id}/appeals`,
      merchantA,
      appealText,
      409,
      'governance.appeal_window_closed',
    );
    const e = await decided('mch-ap-a', { violationType: 'diversion', language: 'zh-CN' });
    clock.advance(180 * DAY_MS);
    [reviewer1, merchantA] = await Promise.all([f.login('reviewer'), f.login('merchant', 'mch-ap-a')]);
    expect((await ok('POST', `/v1/decisions/${e.id}/appeals`, merchantA, appealText)).status).toBe('open');
  });

  it('raises an appeal left undecided past its 72-hour SLA, keeping it in the appeals queue', async () => {
    [reviewer1, reviewer3, merchantA] = await Promise.all([
      f.login('reviewer'),
      f.login('reviewer'),
      f.login('merchant', 'mch-ap-a'),
    ]);
    const d = await decided('mch-ap-a', { violationType: 'diversion', language: 'zh-CN' });
    await ok('POST', `/v1/decisions/${d.id}/appeals`, merchantA, appealText);
    const filed = await ok('GET', `/v1/cases/${d.caseId}`, reviewer3);
    const runDue = async () => {
      while ((await f.platform.jobs.runOnce()) > 0);
    };
    clock.set(new Date(new Date(filed.dueAt).getTime() - 1));
    await runDue();
    // Three days on, the morning's sessions have ended.
    reviewer3 = await f.login('reviewer');
    expect(await ok('GET', `/v1/cases/${d.caseId}`, reviewer3)).toMatchObject({ priority: filed.priority });
    clock.set(new Date(filed.dueAt));
    await runDue();
    const late = await ok('GET', `/v1/cases/${d.caseId}`, reviewer3);
    expect(late).toMatchObject({ state: 'appealed', queue: 'appeals', dueAt: filed.dueAt });
    expect(late.priority).not.toBe(filed.priority);
    expect(late.events.map((e: Json) => e.type)).toContain('escalated');
  });
});
