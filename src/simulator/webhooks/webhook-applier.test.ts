import { describe, expect, it } from 'vitest';
import type { EventData } from '../../platform/events/event-types.js';
import type { GeneratedEvent } from '../ground-truth.js';
import { newWebhookCounters } from '../stats.js';
import { SimDriver, silentLogger } from '../testing/sim-driver.js';
import { MalformedWebhookError, WebhookApplier } from './webhook-applier.js';

function setup(options: ConstructorParameters<typeof SimDriver>[0] = {}) {
  const driver = new SimDriver(options);
  const counters = newWebhookCounters();
  const applier = new WebhookApplier(driver.sim, counters, () => driver.now, silentLogger);
  return { driver, counters, applier };
}

const ofType = <T extends GeneratedEvent['envelope']['type']>(events: readonly GeneratedEvent[], type: T) =>
  events.filter((e) => e.envelope.type === type).map((e) => e.envelope.data as EventData<T>);

describe('WebhookApplier', () => {
  it('stops a live stream on stream.stop_requested: live.ended with reason stopped, then no more segments', () => {
    const { driver, applier } = setup({ seed: 4 });
    const before = driver.advance(30);
    const started = ofType(before, 'live.started');
    const endedBefore = new Set(ofType(before, 'live.ended').map((d) => d.sessionId));
    const target = started.find((s) => !endedBefore.has(s.sessionId));
    if (!target) throw new Error('no live session to stop');

    expect(
      applier.apply('stream.stop_requested', {
        sessionId: target.sessionId,
        hostId: target.hostId,
        reason: '直播中引导站外交易',
      }),
    ).toBe('applied');
    const after = driver.advance(120);

    const ended = ofType(after, 'live.ended').filter((d) => d.sessionId === target.sessionId);
    expect(ended).toEqual([
      expect.objectContaining({ sessionId: target.sessionId, hostId: target.hostId, reason: 'stopped' }),
    ]);
    expect(after[0]?.envelope.type).toBe('live.ended');
    expect(ofType(after, 'live.segment').filter((d) => d.sessionId === target.sessionId)).toEqual([]);
    expect(ofType(after, 'live.segment').length).toBeGreaterThan(0);
    expect(driver.sim.world.counts.streamsStopped).toBe(1);
    // Asking again changes nothing.
    expect(
      applier.apply('stream.stop_requested', { sessionId: target.sessionId, hostId: target.hostId, reason: 'again' }),
    ).toBe('noop');
  });

  it('stops orders on a listing after listing.blocked and resumes them after listing.restored', () => {
    const { driver, applier } = setup({
      seed: 6,
      world: { merchants: 1, hosts: 1, initialListingsPerMerchant: 2, maxListings: 2 },
    });
    const before = driver.advance(60);
    const ordered = ofType(before, 'order.placed');
    const listingId = ordered[0]?.listingId as string;
    expect(ordered.filter((o) => o.listingId === listingId).length).toBeGreaterThan(5);

    applier.apply('listing.blocked', { listingId, merchantId: 'm', reason: '疑似售假' });
    const blocked = driver.advance(120);
    expect(ofType(blocked, 'order.placed').filter((o) => o.listingId === listingId)).toEqual([]);
    expect(ofType(blocked, 'order.placed').length).toBeGreaterThan(10);

    applier.apply('listing.restored', { listingId, merchantId: 'm', reason: '申诉成功' });
    const restored = driver.advance(120);
    expect(ofType(restored, 'order.placed').filter((o) => o.listingId === listingId).length).toBeGreaterThan(0);
  });

  it('works the same for enforcement.action remove_listing and restore_listing', () => {
    const { driver, applier } = setup({
      seed: 6,
      world: { merchants: 1, hosts: 0, initialListingsPerMerchant: 1, maxListings: 1 },
    });
    const listingId = ofType(driver.advance(10), 'listing.upserted')[0]?.listingId as string;
    applier.apply('enforcement.action', {
      action: 'remove_listing',
      subjectType: 'listing',
      subjectId: listingId,
      reason: 'x',
    });
    expect(ofType(driver.advance(60), 'order.placed')).toEqual([]);
    applier.apply('enforcement.action', {
      action: 'restore_listing',
      subjectType: 'listing',
      subjectId: listingId,
      reason: 'x',
    });
    expect(ofType(driver.advance(60), 'order.placed').length).toBeGreaterThan(0);
  });

  it('keeps a host from going live until the end of a suspend_live', () => {
    const { driver, applier } = setup({
      seed: 2,
      world: { merchants: 2, hosts: 1, minSegmentsPerSession: 5, maxSegmentsPerSession: 5, hostRestMs: 0 },
    });
    const hostId = driver.sim.world.hosts.values()[0]?.id as string;
    const until = new Date(driver.now + 300_000).toISOString();
    applier.apply('enforcement.action', {
      action: 'suspend_live',
      subjectType: 'host',
      subjectId: hostId,
      reason: '多次违规',
      until,
    });
    const during = driver.advance(290);
    expect(ofType(during, 'live.started')).toEqual([]);
    const afterwards = driver.advance(60);
    expect(ofType(afterwards, 'live.started').length).toBeGreaterThan(0);
  });

  it('stops a suspended merchant’s listings from selling and the merchant from publishing', () => {
    const { driver, applier } = setup({ seed: 9, world: { merchants: 2, hosts: 0 } });
    const merchantId = driver.sim.world.merchants.values()[0]?.id as string;
    driver.advance(20);
    applier.apply('enforcement.action', {
      action: 'suspend_account',
      subjectType: 'merchant',
      subjectId: merchantId,
      reason: '售假',
    });
    const after = driver.advance(120);
    expect(ofType(after, 'order.placed').filter((o) => o.merchantId === merchantId)).toEqual([]);
    expect(ofType(after, 'listing.upserted').filter((l) => l.merchantId === merchantId)).toEqual([]);
    expect(ofType(after, 'order.placed').length).toBeGreaterThan(10);
  });

  it('records listing.flagged without taking the listing off sale', () => {
    const { driver, applier, counters } = setup({ seed: 1 });
    const listingId = ofType(driver.advance(5), 'listing.upserted')[0]?.listingId as string;
    expect(applier.apply('listing.flagged', { listingId, merchantId: 'm', reason: '待复核' })).toBe('applied');
    expect(driver.sim.world.listings.get(listingId)?.flags).toBe(1);
    expect(driver.sim.world.listings.get(listingId)?.blocked).toBe(false);
    expect(counters.byType['listing.flagged']).toBe(1);
  });

  it('hides a comment on comment.blocked, counts it, and records comment.flagged without hiding', () => {
    const { driver, applier, counters } = setup({ seed: 3, problemShare: 0.3 });
    const comments = ofType(driver.advance(120), 'comment.posted');
    const [blocked, flagged] = comments;
    if (!blocked || !flagged) throw new Error('no comments generated');
    const decision = (c: EventData<'comment.posted'>) => ({
      commentId: c.commentId,
      authorId: c.authorId,
      targetType: c.targetType,
      targetId: c.targetId,
      reason: '评论引导站外交易',
    });

    expect(applier.apply('comment.blocked', decision(blocked))).toBe('applied');
    expect(driver.sim.world.comments.get(blocked.commentId)?.hidden).toBe(true);
    expect(driver.sim.world.counts.commentsHidden).toBe(1);
    expect(applier.apply('comment.blocked', decision(blocked))).toBe('noop');

    expect(applier.apply('comment.flagged', decision(flagged))).toBe('applied');
    expect(driver.sim.world.comments.get(flagged.commentId)).toMatchObject({ hidden: false, flags: 1 });
    expect(applier.apply('comment.blocked', { ...decision(flagged), commentId: 'sim1-cmt-unknown' })).toBe('noop');
    expect(driver.sim.world.counts).toMatchObject({ commentsHidden: 1, commentsFlagged: 1 });
    expect(counters.byType['comment.blocked']).toBe(3);
    expect(() => applier.apply('comment.blocked', { commentId: blocked.commentId })).toThrow(MalformedWebhookError);
  });

  it('files no more reports on a comment once it is hidden', () => {
    const { driver, applier } = setup({ seed: 12, problemShare: 0.3 });
    driver.advance(300);
    const hidden = new Set<string>();
    for (const r of driver.sim.world.reportables) {
      const comment = r.targetType === 'comment' ? driver.sim.world.comments.get(r.targetId) : undefined;
      if (!comment) continue;
      applier.apply('comment.blocked', {
        commentId: comment.id,
        authorId: comment.authorId,
        targetType: comment.targetType,
        targetId: comment.targetId,
        reason: 'x',
      });
      hidden.add(comment.id);
    }
    expect(hidden.size).toBeGreaterThan(3);
    const reports = ofType(driver.advance(600), 'report.filed');
    expect(reports.filter((r) => hidden.has(r.targetId))).toEqual([]);
    expect(reports.filter((r) => r.targetType === 'comment').length).toBeGreaterThan(0);
  });

  it('stops live chat in a stream that Xinren stopped and comments on a listing it blocked', () => {
    const { driver, applier } = setup({ seed: 4, problemShare: 0.1 });
    const before = driver.advance(60);
    const ended = new Set(ofType(before, 'live.ended').map((d) => d.sessionId));
    const session = ofType(before, 'live.started').find((s) => !ended.has(s.sessionId));
    const listingId = ofType(before, 'comment.posted').find((c) => c.targetType === 'listing')?.targetId;
    if (!session || !listingId) throw new Error('nothing to stop or block');
    applier.apply('stream.stop_requested', { sessionId: session.sessionId, hostId: session.hostId, reason: 'x' });
    applier.apply('listing.blocked', { listingId, merchantId: 'm', reason: 'x' });
    const after = ofType(driver.advance(600), 'comment.posted');
    expect(after.filter((c) => c.targetId === session.sessionId || c.targetId === listingId)).toEqual([]);
    expect(after.filter((c) => c.channel === 'live_chat').length).toBeGreaterThan(10);
    expect(after.filter((c) => c.targetType === 'listing').length).toBeGreaterThan(10);
  });

  it('acknowledges and counts unknown types and unmodelled actions, and refuses invalid data', () => {
    const { applier, counters } = setup();
    expect(applier.apply('refund.requested', { orderId: 'o' })).toBe('unknown_type');
    expect(
      applier.apply('enforcement.action', {
        action: 'shadow_ban',
        subjectType: 'merchant',
        subjectId: 'm',
        reason: 'r',
      }),
    ).toBe('ignored_action');
    expect(() => applier.apply('listing.blocked', { listingId: 42 })).toThrow(MalformedWebhookError);
    expect(counters).toMatchObject({ unknownType: 1, ignoredActions: 1, applied: 0 });
  });
});
