import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEvent, type PlatformFixture, platformFixture } from '../../../../test/support/platform-fixture.js';
import { ManualClock } from '../../../platform/clock.js';
import type { StoredEvent } from '../../../platform/events/event-handlers.js';
import { registerDomains } from '../../register-domains.js';
import { defaultScreeningEngine } from '../engine/default-engine.js';
import { DEFAULT_POLICY_FILE, defaultPolicyDocument } from '../policy/default-policy.js';
import { compilePolicy } from '../policy/evaluate-policy.js';
import { screenComments } from './comment-posted.js';

/** The default policy under another name, blocking sexual solicitation in comments from severity 4. */
const strictCommentsSource = readFileSync(DEFAULT_POLICY_FILE, 'utf8')
  .replace('name: default', 'name: strict-comments')
  .replace(
    'rules:\n',
    [
      'rules:',
      '  - id: comment-sexual.block',
      '    when: { categories: [sexual], minSeverity: 4, kinds: [comment] }',
      '    outcome: block',
      '    reason: Sexual solicitation in comments',
      '    violationType: sexual',
      '    dsaCategory: STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      '    dsaKeyword: KEYWORD_ADULT_SEXUAL_MATERIAL',
      '',
    ].join('\n'),
  );

let n = 0;

describe('comment.posted screening', () => {
  let f: PlatformFixture;
  let key: string;
  let admin: string;
  const clock = new ManualClock('2026-11-25T08:00:00Z');

  beforeAll(async () => {
    f = await platformFixture({ clock });
    registerDomains(f.platform);
    key = await f.apiKey(['events:write']);
    admin = await f.login('admin');
    await f.platform.webhooks.createEndpoint({ url: 'http://127.0.0.1:1/hook', eventTypes: ['*'], actor: 'test' });
  });
  afterAll(() => f.close());

  const post = (type: string, data: unknown) =>
    f.app.inject({
      method: 'POST',
      url: '/v1/events',
      headers: { authorization: `Bearer ${key}` },
      payload: [cloudEvent(type, data, `c-${++n}`)],
    });
  const send = async (type: string, data: unknown) => {
    const res = await post(type, data);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: [], rejected: [] });
  };
  const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
    f.app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });

  const comment = (commentId: string, text: string, extra: object = {}) => ({
    commentId,
    authorId: `user-${commentId}`,
    text,
    targetType: 'live_session',
    targetId: 'live-20261125-0031',
    merchantId: 'mch-10086',
    channel: 'live_chat',
    ...extra,
  });

  /** Webhook messages queued for this comment, oldest first. */
  const messagesFor = async (commentId: string) => {
    const rows = await f.handle.db.selectFrom('outboxMessages').select(['type', 'payload']).orderBy('id').execute();
    return rows
      .map((r) => {
        const body = (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: any };
        return { type: r.type, data: body.data };
      })
      .filter((m) => m.data.commentId === commentId);
  };
  const verdictsFor = (commentId: string) =>
    f.handle.db.selectFrom('scrVerdicts').selectAll().where('contentId', '=', commentId).execute();

  it('blocks a comment offering child sexual material with a contact, and queues comment.blocked', async () => {
    await send('comment.posted', comment('cmt-block', '萝莉资源 要的加微信 abc12345 私聊'));
    const verdicts = await verdictsFor('cmt-block');
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({
      contentKind: 'comment',
      subjectId: 'user-cmt-block',
      outcome: 'block',
      policy: '1',
    });
    const categories = (verdicts[0].findings as { category: string }[]).map((x) => x.category);
    expect(categories).toEqual(expect.arrayContaining(['sexual', 'diversion']));
    const messages = await messagesFor('cmt-block');
    expect(messages.map((m) => m.type)).toEqual(['comment.blocked']);
    expect(messages[0].data).toEqual({
      commentId: 'cmt-block',
      authorId: 'user-cmt-block',
      targetType: 'live_session',
      targetId: 'live-20261125-0031',
      reason: expect.stringContaining('sexual: 萝莉资源'),
    });
    const deliveries = await f.platform.webhooks.listDeliveries({ limit: 50 });
    expect(deliveries.some((d) => d.eventType === 'comment.blocked')).toBe(true);
  });

  it('flags sexual solicitation with a WeChat contact for review under the default policy', async () => {
    await send('comment.posted', comment('cmt-flag', '同城约炮，加微信 abc12345', { targetType: 'listing' }));
    const verdicts = await verdictsFor('cmt-flag');
    expect(verdicts.map((v) => v.outcome)).toEqual(['review']);
    const messages = await messagesFor('cmt-flag');
    expect(messages.map((m) => m.type)).toEqual(['comment.flagged']);
    expect(messages[0].data).toMatchObject({ targetType: 'listing', authorId: 'user-cmt-flag' });
    expect(messages[0].data.reason).toContain('sexual');
    expect(messages[0].data.reason).toContain('diversion');
  });

  it('allows a buyer praising a purchase: superlatives are for listings and live selling', async () => {
    const text = '这是我买过最好的一件';
    await send('comment.posted', {
      commentId: 'cmt-ok',
      authorId: 'buyer-1',
      text,
      targetType: 'listing',
      targetId: 'lst-558201',
    });
    const verdicts = await verdictsFor('cmt-ok');
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({ contentKind: 'comment', subjectId: 'buyer-1', outcome: 'allow' });
    expect(verdicts[0].findings).toEqual([]);
    expect(await messagesFor('cmt-ok')).toEqual([]);
    // The channel defaults to a review.
    const stored = await f.handle.db
      .selectFrom('evtEvents')
      .select('data')
      .where('type', '=', 'comment.posted')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    const data = typeof stored.data === 'string' ? JSON.parse(stored.data) : stored.data;
    expect(data).toMatchObject({ commentId: 'cmt-ok', channel: 'review' });

    // The same words in a listing are an advertising-law superlative.
    await send('listing.upserted', {
      listingId: 'lst-superlative',
      merchantId: 'mch-1',
      title: text,
      category: '服装',
      price: { amount: 5_900, currency: 'CNY' },
    });
    const listing = await verdictsFor('lst-superlative');
    expect((listing[0].findings as { category: string }[]).map((x) => x.category)).toContain('ad_superlative');
  });

  it('rejects a comment without text (or with empty text) as events.invalid_data and stores nothing', async () => {
    const before = {
      events: (await f.handle.db.selectFrom('evtEvents').select('seq').execute()).length,
      verdicts: (await f.handle.db.selectFrom('scrVerdicts').select('id').execute()).length,
      messages: (await f.handle.db.selectFrom('outboxMessages').select('id').execute()).length,
    };
    const { text: _dropped, ...noText } = comment('cmt-bad', '加微信 abc12345');
    const res = await post('comment.posted', noText);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      accepted: 0,
      duplicates: [],
      rejected: [{ index: 0, code: 'events.invalid_data' }],
    });
    expect(res.json().rejected[0].message).toMatch(/^data\.text: /);
    const empty = await post('comment.posted', comment('cmt-bad', ''));
    expect(empty.json().rejected).toEqual([expect.objectContaining({ code: 'events.invalid_data' })]);
    const target = await post('comment.posted', comment('cmt-bad', 'hello', { targetType: 'host' }));
    expect(target.json().rejected[0].message).toMatch(/^data\.targetType: /);
    expect({
      events: (await f.handle.db.selectFrom('evtEvents').select('seq').execute()).length,
      verdicts: (await f.handle.db.selectFrom('scrVerdicts').select('id').execute()).length,
      messages: (await f.handle.db.selectFrom('outboxMessages').select('id').execute()).length,
    }).toEqual(before);
  });

  it('lists comment verdicts under the comment kind', async () => {
    const res = await api('GET', '/v1/screening/verdicts?kind=comment&limit=200');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { contentKind: string; contentId: string }[];
    expect(items.map((i) => i.contentId).sort()).toEqual(['cmt-block', 'cmt-flag', 'cmt-ok']);
    expect(new Set(items.map((i) => i.contentKind))).toEqual(new Set(['comment']));
    const blocked = await api('GET', '/v1/screening/verdicts?kind=comment&outcome=block&subject=user-cmt-block');
    expect(blocked.json().items.map((i: { contentId: string }) => i.contentId)).toEqual(['cmt-block']);
  });

  it('records where a shadow policy decides a comment otherwise, and blocks once that policy is active', async () => {
    expect((await api('POST', '/v1/screening/policies', { source: strictCommentsSource })).json()).toEqual({
      version: 2,
    });
    await api('POST', '/v1/screening/policies/2/status', { status: 'shadow' });
    await send('comment.posted', comment('cmt-shadow', '同城约炮，加微信 abc12345'));
    const rows = await f.handle.db
      .selectFrom('scrShadowDisagreements')
      .selectAll()
      .where('contentId', '=', 'cmt-shadow')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      shadowVersion: 2,
      activeVersion: 1,
      contentKind: 'comment',
      subjectId: 'user-cmt-shadow',
      activeOutcome: 'review',
      shadowOutcome: 'block',
    });
    expect((await messagesFor('cmt-shadow')).map((m) => m.type)).toEqual(['comment.flagged']);

    await api('POST', '/v1/screening/policies/2/status', { status: 'active' });
    await send('comment.posted', comment('cmt-strict', '同城约炮，加微信 abc12345'));
    expect((await verdictsFor('cmt-strict')).map((v) => [v.outcome, v.policy])).toEqual([['block', '2']]);
    expect((await messagesFor('cmt-strict')).map((m) => m.type)).toEqual(['comment.blocked']);
  });

  it('sends comment.blocked when a policy says stop_stream for a comment', async () => {
    // The policy format refuses such a rule; a compiled policy is built here to show the handler still blocks.
    const doc = defaultPolicyDocument();
    const rule = doc.rules.find((r) => r.id === 'sexual.review');
    if (!rule) throw new Error('the default policy has no sexual.review rule');
    doc.rules.unshift({
      ...rule,
      id: 'comment-stop',
      when: { categories: ['sexual'], kinds: ['comment'] },
      outcome: 'stop_stream',
    });
    const active = compilePolicy(doc, 99);
    const engine = await defaultScreeningEngine();
    const handler = screenComments(clock, {
      engines: { current: async () => ({ engine, version: 'test' }) },
      policies: { current: async () => ({ active, shadow: null }), invalidate: () => {} },
    });
    const event: StoredEvent<'comment.posted'> = {
      id: 'direct-1',
      source: 'test://direct',
      type: 'comment.posted',
      time: null,
      data: {
        commentId: 'cmt-stop',
        authorId: 'user-stop',
        text: '同城约炮',
        targetType: 'merchant',
        targetId: 'mch-10086',
        channel: 'question',
      },
    };
    await f.handle.db.transaction().execute(async (trx) => {
      const lastWrites: Promise<unknown>[] = [];
      await handler(trx, [event], { onRollback: () => {}, optimistic: false, commitWith: (w) => lastWrites.push(w) });
      await Promise.all(lastWrites);
    });
    expect((await verdictsFor('cmt-stop')).map((v) => [v.outcome, v.policy])).toEqual([['stop_stream', '99']]);
    expect((await messagesFor('cmt-stop')).map((m) => m.type)).toEqual(['comment.blocked']);
  });
});
