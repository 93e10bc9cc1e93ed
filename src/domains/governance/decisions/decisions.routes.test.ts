import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { sessionCalls } from '../../../../test/support/session-calls.js';
import { ManualClock } from '../../../platform/clock.js';
import type { VerdictNotice } from '../../screening/index.js';
import { findCase } from '../cases/cases.repository.js';
import { openCasesFromVerdicts } from '../cases/open-cases-from-verdicts.js';
import { registerGovernance } from '../index.js';
import { DAY_MS } from '../rules/points-ladder.js';
import { stopStreamNotice, verdictNotice } from '../testing/verdict-notices.js';
import { expireSanctionIfDue } from './sanction-expiry-timer.js';

type Json = Record<string, any>;

describe('decisions, sanctions and penalty points over HTTP', () => {
  const clock = new ManualClock('2026-12-03T08:00:00Z');
  let f: PlatformFixture;
  let reviewer1: string;
  let reviewer2: string;
  let lead: string;
  let merchantA: string;
  let merchantB: string;

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerGovernance(f.platform);
    [reviewer1, reviewer2, lead, merchantA, merchantB] = await Promise.all([
      f.login('reviewer'),
      f.login('reviewer'),
      f.login('lead'),
      f.login('merchant', 'mch-a'),
      f.login('merchant', 'mch-b'),
    ]);
  });
  afterAll(() => f.close());

  const { ok, refused } = sessionCalls(() => f.app);

  /** Opens a case for the notice and has the reviewer claim it. */
  const openAndClaim = async (notice: VerdictNotice, cookie = reviewer1): Promise<string> => {
    const { opened } = await f.platform.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, [notice]));
    const id = opened[0]!;
    const queue = (await findCase(f.platform.db, id))!.queue;
    const claimed = await ok('POST', `/v1/queues/${queue}/next`, cookie);
    expect(claimed.case.id).toBe(id);
    return id;
  };

  /** The decision's enforcement.action data in the order they were written (time, then sanction). */
  const enforcementMessages = async (decisionId: string) => {
    const rows = await f.platform.db
      .selectFrom('outboxMessages')
      .select(['payload', 'createdAt'])
      .where('type', '=', 'enforcement.action')
      .execute();
    const seqs = await f.platform.db.selectFrom('govSanctions').select(['id', 'seq']).execute();
    const seqOf = new Map(seqs.map((r) => [r.id, Number(r.seq)]));
    return rows
      .map((r) => ({
        at: r.createdAt.getTime(),
        data: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload).data as Json,
      }))
      .filter((m) => m.data.decisionId === decisionId)
      .sort((a, b) => a.at - b.at || (seqOf.get(a.data.sanctionId) ?? 0) - (seqOf.get(b.data.sanctionId) ?? 0))
      .map((m) => m.data);
  };

  const runJobs = async () => {
    for (let ran = await f.platform.jobs.runOnce(); ran > 0; ran = await f.platform.jobs.runOnce()) {}
  };

  const listing = (contentId: string, subjectId: string) => verdictNotice({ contentId, subjectId });
  const facts = '商品详情写有“加微信下单更便宜”，引导买家私下转账。';

  let firstDecision: string;
  let firstCase: string;

  it('decides a case end to end: sanctions, webhooks, points, statement, case, audit', async () => {
    firstCase = await openAndClaim(listing('lst-a1', 'mch-a'));
    const d = await ok('POST', `/v1/cases/${firstCase}/decision`, reviewer1, {
      violationType: 'diversion',
      actions: [{ type: 'remove_listing' }, { type: 'forbid_new_listings', days: 7 }],
      facts,
      language: 'zh-CN',
    });
    firstDecision = d.id;
    expect(d).toMatchObject({
      caseId: firstCase,
      subject: { kind: 'merchant', id: 'mch-a' },
      target: { kind: 'listing', id: 'lst-a1' },
      violationType: 'diversion',
      track: 'general',
      points: 6,
      status: 'in_effect',
      language: 'zh-CN',
      dsa: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_OTHER' },
      decidedBy: expect.stringMatching(/^user:/),
    });
    expect(d.statement).toContain('引导买家脱离平台');
    expect(d.statement).toContain(facts);
    expect(d.statement).toContain('禁止发布新商品7天');
    expect(d.statement).toContain('180天内');
    expect(d.sanctions.map((s: Json) => [s.action, s.status, s.appliesTo.kind, s.automatic])).toEqual([
      ['remove_listing', 'active', 'listing', false],
      ['forbid_new_listings', 'active', 'merchant', false],
    ]);
    const forbid = d.sanctions[1];
    expect(new Date(forbid.endsAt).getTime() - new Date(forbid.startsAt).getTime()).toBe(7 * DAY_MS);

    const messages = await enforcementMessages(d.id);
    expect(messages).toEqual([
      expect.objectContaining({
        action: 'remove_listing',
        subjectType: 'listing',
        subjectId: 'lst-a1',
        decisionId: d.id,
        sanctionId: d.sanctions[0].id,
        partyKind: 'merchant',
        partyId: 'mch-a',
        targetKind: 'listing',
        targetId: 'lst-a1',
        endsAt: null,
        automatic: false,
      }),
      expect.objectContaining({
        action: 'forbid_new_listings',
        subjectType: 'merchant',
        subjectId: 'mch-a',
        until: forbid.endsAt,
        endsAt: forbid.endsAt,
      }),
    ]);
    expect(messages[0].reason).toContain('引导站外交易');

    const c = await ok('GET', `/v1/cases/${firstCase}`, reviewer1);
    expect(c.state).toBe('decided');
    expect(c.decidedAt).toBe(clock.now().toISOString());
    expect(c.events.at(-1)).toMatchObject({ type: 'state_changed', fromState: 'in_review', toState: 'decided' });
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .select(['action'])
      .where('subject', '=', d.id)
      .execute();
    expect(audit).toEqual([{ action: 'decision.taken' }]);

    const points = await ok('GET', '/v1/subjects/merchant/mch-a/points', reviewer2);
    expect(points.totals).toEqual({ general: 6, serious: 0 });
    expect(points.nextThresholds).toEqual({ general: 12, serious: 12 });
    expect(points.entries).toEqual([
      expect.objectContaining({
        decisionId: d.id,
        violationType: 'diversion',
        points: 6,
        inForce: true,
        reversed: false,
      }),
    ]);
    expect(points.activeSanctions).toHaveLength(2);
  });

  it('shows a merchant its own decision, points and sanctions, and nobody else’s (404)', async () => {
    const own = await ok('GET', `/v1/decisions/${firstDecision}`, merchantA);
    expect(own.statement).toContain(facts);
    expect(own.decidedBy).toBeNull();
    await refused('GET', `/v1/decisions/${firstDecision}`, merchantB, undefined, 404, 'governance.decision_not_found');
    await refused('GET', '/v1/decisions/dec_nope', reviewer1, undefined, 404, 'governance.decision_not_found');
    await refused(
      'GET',
      '/v1/subjects/merchant/mch-a/points',
      merchantB,
      undefined,
      404,
      'governance.subject_not_found',
    );
    expect((await ok('GET', '/v1/subjects/merchant/mch-a/points', merchantA)).totals.general).toBe(6);
    expect((await ok('GET', '/v1/sanctions?subject=mch-a', merchantB)).items).toEqual([]);
    expect((await ok('GET', '/v1/sanctions', merchantB)).items).toEqual([]);
    expect((await ok('GET', '/v1/sanctions', merchantA)).items).toHaveLength(2);
    expect((await ok('GET', '/v1/sanctions?subject=mch-a&status=active', reviewer2)).items).toHaveLength(2);
    await refused(
      'POST',
      `/v1/cases/${firstCase}/decision`,
      merchantA,
      { violationType: 'none', facts: 'x', language: 'en' },
      403,
      'auth.forbidden',
    );
  });

  it('refuses bad input with a code and changes nothing', async () => {
    const id = await openAndClaim(listing('lst-a2', 'mch-a'));
    const url = `/v1/cases/${id}/decision`;
    const body = { violationType: 'diversion', facts, language: 'zh-CN' };
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, violationType: 'jaywalking' },
      400,
      'governance.unknown_violation',
    );
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, actions: [{ type: 'terminate_account' }] },
      400,
      'governance.action_not_allowed',
    );
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, actions: [{ type: 'forbid_new_listings' }] },
      400,
      'governance.invalid_action',
    );
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, actions: [{ type: 'warn', days: 3 }] },
      400,
      'governance.invalid_action',
    );
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, actions: [{ type: 'stop_stream' }] },
      400,
      'governance.invalid_action',
    );
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, actions: [{ type: 'warn' }, { type: 'warn' }] },
      400,
      'governance.invalid_action',
    );
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, violationType: 'none', actions: [{ type: 'warn' }] },
      400,
      'governance.action_not_allowed',
    );
    await refused('POST', url, reviewer1, { ...body, language: 'fr' }, 400, 'http.validation_failed');
    await refused('POST', url, reviewer1, { ...body, facts: '   ' }, 400, 'http.validation_failed');
    await refused(
      'POST',
      url,
      reviewer1,
      { ...body, actions: [{ type: 'suspend_live', days: 0 }] },
      400,
      'http.validation_failed',
    );
    await refused('POST', url, reviewer2, body, 409, 'governance.case_held_by_other');
    await refused('POST', `/v1/cases/${firstCase}/decision`, reviewer1, body, 409, 'governance.invalid_transition');
    await refused('POST', '/v1/cases/cas_nope/decision', reviewer1, body, 404, 'governance.case_not_found');
    expect((await findCase(f.platform.db, id))!.state).toBe('in_review');
    const decisions = await f.platform.db.selectFrom('govDecisions').select('id').where('caseId', '=', id).execute();
    expect(decisions).toEqual([]);
    // No violation: the listing comes back, no points.
    const none = await ok('POST', url, reviewer1, {
      violationType: 'none',
      actions: [{ type: 'restore_listing' }],
      facts: 'The phrase is a shop name.',
      language: 'en',
    });
    expect(none).toMatchObject({ violationType: null, points: 0, status: 'in_effect', dsa: null });
    expect(none.sanctions.map((s: Json) => [s.action, s.status])).toEqual([['restore_listing', 'applied']]);
    expect(none.statement).toMatch(/^After review, no violation was found/);
    expect((await ok('GET', '/v1/subjects/merchant/mch-a/points', reviewer1)).totals.general).toBe(6);
  });

  it('needs a second, different reviewer for a large deposit deduction (four eyes)', async () => {
    const id = await openAndClaim(listing('lst-c1', 'mch-c'));
    const d = await ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
      violationType: 'counterfeit',
      actions: [{ type: 'remove_listing' }, { type: 'deduct_deposit', amount: 60_000 }],
      facts: 'Replica watches sold as genuine.',
      language: 'en',
    });
    expect(d).toMatchObject({ status: 'pending_confirmation', sanctions: [], effectiveAt: null });
    expect(d.statement).toContain('deduction from the deposit: 600.00 CNY');
    expect(await enforcementMessages(d.id)).toEqual([]);
    expect((await findCase(f.platform.db, id))!.state).toBe('in_review');
    expect((await ok('GET', '/v1/subjects/merchant/mch-c/points', reviewer1)).totals.serious).toBe(0);

    await refused('POST', `/v1/decisions/${d.id}/confirm`, reviewer1, {}, 403, 'governance.four_eyes_same_reviewer');
    await refused(
      'POST',
      `/v1/decisions/${d.id}/reject`,
      reviewer1,
      { reason: 'no' },
      403,
      'governance.four_eyes_same_reviewer',
    );
    await refused(
      'POST',
      `/v1/cases/${id}/decision`,
      reviewer1,
      { violationType: 'counterfeit', facts: 'again', language: 'en' },
      409,
      'governance.decision_pending',
    );
    await refused(
      'POST',
      `/v1/decisions/${d.id}/reverse`,
      lead,
      { reason: 'x' },
      409,
      'governance.decision_not_reversible',
    );

    const confirmed = await ok('POST', `/v1/decisions/${d.id}/confirm`, reviewer2, {});
    expect(confirmed).toMatchObject({ status: 'in_effect', confirmedBy: expect.stringMatching(/^user:/), points: 12 });
    // 12 serious points reach the first threshold: a 7-day live suspension, automatically.
    expect(confirmed.sanctions.map((s: Json) => [s.action, s.automatic])).toEqual([
      ['remove_listing', false],
      ['deduct_deposit', false],
      ['suspend_live', true],
    ]);
    expect(confirmed.sanctions[1].amount).toEqual({ minor: 60_000, currency: 'CNY' });
    expect(confirmed.statement).toContain(
      'Because your serious violation points reached 12, also: live streaming suspended for 7 days',
    );
    const messages = await enforcementMessages(d.id);
    expect(messages.map((m) => [m.action, m.automatic])).toEqual([
      ['remove_listing', false],
      ['deduct_deposit', false],
      ['suspend_live', true],
    ]);
    // The platform deducts the sum the message names; other measures carry none.
    expect(messages.map((m) => m.amountMinor ?? null)).toEqual([null, 60_000, null]);
    expect(messages[1]).toMatchObject({ currency: 'CNY' });
    expect((await findCase(f.platform.db, id))!.state).toBe('decided');
    await refused('POST', `/v1/decisions/${d.id}/confirm`, lead, {}, 409, 'governance.decision_not_pending');
  });

  it('lets the second reviewer reject a termination: nothing happens, the case stays in review', async () => {
    const id = await openAndClaim(listing('lst-d1', 'mch-d'));
    const d = await ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
      violationType: 'fraud',
      actions: [{ type: 'terminate_account' }],
      facts: '虚构发货骗取货款。',
      language: 'zh-CN',
    });
    expect(d.status).toBe('pending_confirmation');
    await refused('GET', `/v1/decisions/${d.id}`, merchantA, undefined, 404, 'governance.decision_not_found');
    const rejected = await ok('POST', `/v1/decisions/${d.id}/reject`, reviewer2, { reason: 'Evidence is thin' });
    expect(rejected).toMatchObject({ status: 'rejected', rejection: { reason: 'Evidence is thin' } });
    expect(await enforcementMessages(d.id)).toEqual([]);
    expect((await findCase(f.platform.db, id))!.state).toBe('in_review');
    await refused('POST', `/v1/decisions/${d.id}/confirm`, reviewer2, {}, 409, 'governance.decision_not_pending');
    // The original reviewer decides again, more mildly; it takes effect at once.
    const again = await ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
      violationType: 'misleading_description',
      facts: '描述与实物不符。',
      language: 'zh-CN',
    });
    expect(again).toMatchObject({ status: 'in_effect', points: 4 });
    expect(again.sanctions.map((s: Json) => s.action)).toEqual(['remove_listing']);
  });

  it('waits for four eyes when the points would make the ladder terminate the account', async () => {
    const id = await openAndClaim(listing('lst-e1', 'mch-e'));
    const d = await ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
      violationType: 'drugs',
      facts: '商品为国家管制药品。',
      language: 'zh-CN',
    });
    expect(d).toMatchObject({ status: 'pending_confirmation', points: 48, actions: [{ type: 'remove_listing' }] });
    expect(d.statement).toContain('累计扣分达到48分，另予：终止合作并关闭账户');
    expect(await enforcementMessages(d.id)).toEqual([]);
    const confirmed = await ok('POST', `/v1/decisions/${d.id}/confirm`, lead, {});
    expect(confirmed.sanctions.filter((s: Json) => s.automatic).map((s: Json) => s.action)).toEqual([
      'suspend_live',
      'suspend_live',
      'suspend_live',
      'freeze_settlement',
      'terminate_account',
    ]);
    const terminate = (await enforcementMessages(d.id)).find((m) => m.action === 'terminate_account');
    expect(terminate).toMatchObject({ subjectType: 'merchant', subjectId: 'mch-e', endsAt: null, automatic: true });
  });

  it('keeps no ledger for a comment author, and names them a buyer to receivers', async () => {
    const id = await openAndClaim(
      verdictNotice({ contentKind: 'comment', contentId: 'cmt-1', subjectKind: 'user', subjectId: 'buyer-9' }),
    );
    const d = await ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
      violationType: 'harassment',
      actions: [{ type: 'warn' }],
      facts: 'Threatened the seller in a comment.',
      language: 'en',
    });
    expect(d).toMatchObject({ status: 'in_effect', points: 0, subject: { kind: 'user', id: 'buyer-9' } });
    expect(d.statement).toContain('Violation: Harassment (general violation)');
    expect(await enforcementMessages(d.id)).toEqual([
      expect.objectContaining({ action: 'warn', subjectType: 'buyer', subjectId: 'buyer-9', partyKind: 'user' }),
    ]);
    const entries = await f.platform.db
      .selectFrom('govPointEntries')
      .select('id')
      .where('subjectId', '=', 'buyer-9')
      .execute();
    expect(entries).toEqual([]);
  });

  it('takes no account measures and no points when the case does not know whose listing it is', async () => {
    const id = await openAndClaim(listing('lst-nobody', 'unknown'));
    await refused(
      'POST',
      `/v1/cases/${id}/decision`,
      reviewer1,
      { violationType: 'diversion', actions: [{ type: 'warn' }], facts, language: 'en' },
      400,
      'governance.invalid_action',
    );
    // The default measures keep to the listing.
    const d = await ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
      violationType: 'diversion',
      facts,
      language: 'en',
    });
    expect(d).toMatchObject({ status: 'in_effect', points: 0 });
    expect(d.sanctions.map((s: Json) => s.action)).toEqual(['remove_listing']);
    const entries = await f.platform.db
      .selectFrom('govPointEntries')
      .select('id')
      .where('subjectId', '=', 'unknown')
      .execute();
    expect(entries).toEqual([]);
  });

  let hostFirst: Json;
  let hostSecond: Json;

  it('fires ladder thresholds automatically, once each', async () => {
    const decide = async (session: string) => {
      const id = await openAndClaim(stopStreamNotice(session, 'host-h'));
      return ok('POST', `/v1/cases/${id}/decision`, reviewer1, {
        violationType: 'counterfeit',
        actions: [{ type: 'stop_stream' }],
        facts: '直播间销售假冒名牌包。',
        language: 'zh-CN',
      });
    };
    hostFirst = await decide('sess-h1');
    expect(hostFirst.sanctions.map((s: Json) => [s.action, s.automatic, s.days])).toEqual([
      ['stop_stream', false, null],
      ['suspend_live', true, 7],
    ]);
    clock.advance(60_000);
    hostSecond = await decide('sess-h2');
    expect(hostSecond.sanctions.map((s: Json) => [s.action, s.automatic, s.days])).toEqual([
      ['stop_stream', false, null],
      ['suspend_live', true, 14],
    ]);
    const messages = await enforcementMessages(hostSecond.id);
    expect(messages[1]).toMatchObject({
      action: 'suspend_live',
      subjectType: 'host',
      subjectId: 'host-h',
      automatic: true,
    });
    expect(messages[1].endsAt).toBe(hostSecond.sanctions[1].endsAt);
    const points = await ok('GET', '/v1/subjects/host/host-h/points', reviewer1);
    expect(points.totals).toEqual({ general: 0, serious: 24 });
    expect(points.activeSanctions.map((s: Json) => s.action)).toEqual(['suspend_live', 'suspend_live']);
    const firings = await f.platform.db
      .selectFrom('govPointFirings')
      .select(['points'])
      .where('subjectId', '=', 'host-h')
      .execute();
    expect(firings.map((r) => r.points).sort()).toEqual([12, 24]);
  });

  it('reverses a decision: points back, what it imposed and triggered lifted, by a lead only', async () => {
    clock.advance(1_000);
    await refused('POST', `/v1/decisions/${hostSecond.id}/reverse`, reviewer1, { reason: 'x' }, 403, 'auth.forbidden');
    const reversed = await ok('POST', `/v1/decisions/${hostSecond.id}/reverse`, lead, {
      reason: 'The bags were genuine.',
    });
    expect(reversed).toMatchObject({ status: 'reversed', reversal: { reason: 'The bags were genuine.' } });
    expect(reversed.sanctions.map((s: Json) => [s.action, s.status])).toEqual([
      ['stop_stream', 'applied'],
      ['suspend_live', 'lifted'],
    ]);
    // The first decision's 7-day suspension still holds: receivers hear it again with its end.
    const after = (await enforcementMessages(hostSecond.id)).slice(2);
    expect(after).toEqual([
      expect.objectContaining({ action: 'suspend_live', endsAt: hostFirst.sanctions[1].endsAt, subjectId: 'host-h' }),
    ]);
    let points = await ok('GET', '/v1/subjects/host/host-h/points', reviewer1);
    expect(points.totals.serious).toBe(12);
    expect(points.entries.map((e: Json) => e.reversed)).toEqual([false, true]);
    await refused(
      'POST',
      `/v1/decisions/${hostSecond.id}/reverse`,
      lead,
      { reason: 'again' },
      409,
      'governance.decision_not_reversible',
    );

    clock.advance(1_000);
    await ok('POST', `/v1/decisions/${hostFirst.id}/reverse`, lead, { reason: 'Same seller, same mistake.' });
    const lifts = (await enforcementMessages(hostFirst.id)).slice(2);
    expect(lifts).toEqual([
      expect.objectContaining({ action: 'lift_suspend_live', subjectId: 'host-h', endsAt: null }),
    ]);
    points = await ok('GET', '/v1/subjects/host/host-h/points', reviewer1);
    expect(points.totals.serious).toBe(0);
    expect(points.activeSanctions).toEqual([]);
    const reversedAudit = await f.platform.db
      .selectFrom('auditEntries')
      .select('action')
      .where('subject', '=', hostFirst.id)
      .orderBy('seq')
      .execute();
    expect(reversedAudit.map((a) => a.action)).toEqual(['decision.taken', 'decision.reversed']);
  });

  it('lifts timed sanctions at their end through the durable timer, once', async () => {
    const forbid = (await ok('GET', `/v1/decisions/${firstDecision}`, reviewer1)).sanctions[1];
    clock.set(new Date(new Date(forbid.endsAt).getTime() - 1));
    await runJobs();
    // Sessions do not outlive a week of the test clock: log in again.
    const staff = await f.login('analyst');
    expect((await ok('GET', `/v1/decisions/${firstDecision}`, staff)).sanctions[1].status).toBe('active');
    clock.set(forbid.endsAt);
    await runJobs();
    const d = await ok('GET', `/v1/decisions/${firstDecision}`, staff);
    expect(d.sanctions.map((s: Json) => [s.action, s.status])).toEqual([
      ['remove_listing', 'active'],
      ['forbid_new_listings', 'expired'],
    ]);
    const lifts = (await enforcementMessages(firstDecision)).filter((m) => m.action.startsWith('lift_'));
    expect(lifts).toEqual([
      expect.objectContaining({
        action: 'lift_forbid_new_listings',
        subjectId: 'mch-a',
        sanctionId: forbid.id,
        reason: '处罚期满（7天），自动解除',
        endsAt: null,
      }),
    ]);
    // Running the timer again changes nothing; reversed sanctions' timers never fire.
    expect(await f.platform.db.transaction().execute((trx) => expireSanctionIfDue(trx, clock, forbid.id))).toBeNull();
    clock.advance(30 * DAY_MS);
    await runJobs();
    expect((await enforcementMessages(firstDecision)).filter((m) => m.action.startsWith('lift_'))).toHaveLength(1);
    expect((await enforcementMessages(hostFirst.id)).filter((m) => m.action.startsWith('lift_'))).toHaveLength(1);
    const audit = await f.platform.db
      .selectFrom('auditEntries')
      .select('actor')
      .where('subject', '=', forbid.id)
      .execute();
    expect(audit).toEqual([{ actor: 'system:sanction_timer' }]);
  });
});
