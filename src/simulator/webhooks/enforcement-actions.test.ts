import { describe, expect, it } from 'vitest';
import type { EventData } from '../../platform/events/event-types.js';
import type { WebhookData } from '../../platform/outbox/webhook-types.js';
import type { GeneratedEvent } from '../ground-truth.js';
import { newWebhookCounters } from '../stats.js';
import { SimDriver, silentLogger } from '../testing/sim-driver.js';
import { holds } from '../world/standing.js';
import type { WorldConfigInput } from '../world/world-config.js';
import { type ApplierHooks, type DecisionMeasure, WebhookApplier } from './webhook-applier.js';

type Enforcement = WebhookData<'enforcement.action'>;

function setup(seed: number, world: WorldConfigInput = {}, hooks: ApplierHooks = {}) {
  const driver = new SimDriver({ seed, world });
  const counters = newWebhookCounters();
  const applier = new WebhookApplier(driver.sim, counters, () => driver.now, silentLogger, hooks);
  const enforce = (action: string, subjectType: Enforcement['subjectType'], subjectId: string, extra = {}) =>
    applier.apply('enforcement.action', { action, subjectType, subjectId, reason: '违规', ...extra });
  const inDays = (days: number) => new Date(driver.now + days * 86_400_000).toISOString();
  return { driver, counters, applier, enforce, inDays, world: driver.sim.world };
}

const ofType = <T extends GeneratedEvent['envelope']['type']>(events: readonly GeneratedEvent[], type: T) =>
  events.filter((e) => e.envelope.type === type).map((e) => e.envelope.data as EventData<T>);

describe('enforcement.action on accounts', () => {
  const measures = [
    'restrict_traffic',
    'suspend_live',
    'forbid_new_listings',
    'freeze_settlement',
    'suspend_account',
    'terminate_account',
  ] as const;

  for (const measure of measures) {
    it(`puts ${measure} in force on merchants, hosts and buyers until lift_${measure}`, () => {
      const { world, enforce, inDays, driver } = setup(1);
      const accounts = [
        ['merchant', world.merchants.values()[0]?.standing, world.merchants.values()[0]?.id],
        ['host', world.hosts.values()[0]?.standing, world.hosts.values()[0]?.id],
        ['buyer', world.buyers.values()[0]?.standing, world.buyers.values()[0]?.id],
      ] as const;
      for (const [kind, standing, id] of accounts) {
        if (!standing || !id) throw new Error('no account');
        const until = measure === 'terminate_account' ? undefined : inDays(7);
        expect(enforce(measure, kind, id, until ? { until } : {})).toBe('applied');
        expect(holds(standing, measure, driver.now)).toBe(true);
        expect(standing.measures[measure]).toBe(until ? Date.parse(until) : Number.POSITIVE_INFINITY);
        // The same message again changes nothing; a longer end replaces the shorter one.
        expect(enforce(measure, kind, id, until ? { until } : {})).toBe('noop');
        if (until) expect(enforce(measure, kind, id, { until: inDays(14) })).toBe('applied');
        expect(enforce(`lift_${measure}`, kind, id)).toBe('applied');
        expect(holds(standing, measure, driver.now)).toBe(false);
        expect(enforce(`lift_${measure}`, kind, id)).toBe('noop');
      }
      expect(enforce(measure, 'merchant', 'nobody', { until: inDays(1) })).toBe('noop');
    });
  }

  it('lets a timed measure run out by itself at its end', () => {
    const { world, enforce, driver } = setup(1);
    const merchant = world.merchants.values()[0];
    if (!merchant) throw new Error('no merchant');
    enforce('suspend_account', 'merchant', merchant.id, { until: new Date(driver.now + 10_000).toISOString() });
    expect(world.isMerchantActive(merchant, driver.now)).toBe(false);
    driver.advance(11);
    expect(world.isMerchantActive(merchant, driver.now)).toBe(true);
  });

  it('keeps a merchant forbidden to list from publishing new listings while its listings still sell', () => {
    const { world, enforce, inDays, driver } = setup(5, { merchants: 2, hosts: 0, initialListingsPerMerchant: 2 });
    const merchantId = world.merchants.values()[0]?.id as string;
    driver.advance(20);
    const known = new Set(world.listings.values().map((l) => l.id));
    const fresh = (events: readonly GeneratedEvent[], merchant: (id: string) => boolean) =>
      ofType(events, 'listing.upserted').filter((l) => merchant(l.merchantId) && !known.has(l.listingId));
    expect(enforce('forbid_new_listings', 'merchant', merchantId, { until: inDays(3) })).toBe('applied');
    const during = driver.advance(400);
    expect(fresh(during, (m) => m === merchantId)).toEqual([]);
    expect(fresh(during, (m) => m !== merchantId).length).toBeGreaterThan(3);
    expect(ofType(during, 'order.placed').filter((o) => o.merchantId === merchantId).length).toBeGreaterThan(5);
    enforce('lift_forbid_new_listings', 'merchant', merchantId);
    expect(fresh(driver.advance(400), (m) => m === merchantId).length).toBeGreaterThan(0);
  });

  it('ends a host’s running stream on suspend_live and starts none until the lift', () => {
    const { world, enforce, inDays, driver } = setup(2, {
      merchants: 2,
      hosts: 1,
      minSegmentsPerSession: 400,
      maxSegmentsPerSession: 400,
      hostRestMs: 0,
    });
    const host = world.hosts.values()[0];
    if (!host) throw new Error('no host');
    const before = driver.advance(30);
    const started = ofType(before, 'live.started')[0];
    expect(started?.hostId).toBe(host.id);
    expect(enforce('suspend_live', 'host', host.id, { until: inDays(7) })).toBe('applied');
    const during = driver.advance(120);
    expect(during[0]?.envelope).toMatchObject({
      type: 'live.ended',
      data: { sessionId: started?.sessionId, reason: 'stopped' },
    });
    expect(ofType(during, 'live.started')).toEqual([]);
    expect(ofType(during, 'live.segment').filter((s) => s.sessionId === started?.sessionId)).toEqual([]);
    enforce('lift_suspend_live', 'host', host.id);
    expect(ofType(driver.advance(60), 'live.started').length).toBeGreaterThan(0);
  });

  it('keeps the hosts of a merchant under suspend_live off the air', () => {
    const { world, enforce, inDays, driver } = setup(2, { merchants: 1, hosts: 2, hostRestMs: 0 });
    const merchantId = world.merchants.values()[0]?.id as string;
    enforce('suspend_live', 'merchant', merchantId, { until: inDays(7) });
    expect(ofType(driver.advance(120), 'live.started')).toEqual([]);
  });

  it('silences a terminated merchant, host and buyer', () => {
    const { world, enforce, driver } = setup(3, { merchants: 3, hosts: 3, buyers: 20, hostRestMs: 0 });
    const merchant = world.merchants.values()[0]?.id as string;
    const host = world.hosts.values().find((h) => h.merchantId !== merchant)?.id as string;
    const buyer = world.buyers.values()[0]?.id as string;
    driver.advance(30);
    for (const [kind, id] of [
      ['merchant', merchant],
      ['host', host],
      ['buyer', buyer],
    ] as const)
      expect(enforce('terminate_account', kind, id)).toBe('applied');
    const after = driver.advance(300);
    expect(ofType(after, 'listing.upserted').filter((l) => l.merchantId === merchant)).toEqual([]);
    expect(ofType(after, 'order.placed').filter((o) => o.merchantId === merchant || o.buyerId === buyer)).toEqual([]);
    expect(ofType(after, 'live.started').filter((s) => s.hostId === host || s.merchantId === merchant)).toEqual([]);
    expect(ofType(after, 'comment.posted').filter((c) => c.authorId === buyer)).toEqual([]);
    expect(ofType(after, 'report.filed').filter((r) => r.reporterId === buyer)).toEqual([]);
    expect(ofType(after, 'order.placed').length).toBeGreaterThan(20);
    expect(ofType(after, 'live.started').length).toBeGreaterThan(0);
  });

  it('holds a merchant’s settlement while frozen and pays it out on lift_freeze_settlement', () => {
    const { world, enforce, inDays, driver } = setup(4, { merchants: 1, hosts: 0 });
    const merchant = world.merchants.values()[0];
    if (!merchant) throw new Error('no merchant');
    enforce('freeze_settlement', 'merchant', merchant.id, { until: inDays(30) });
    const delivered = ofType(driver.advance(300), 'order.delivered').length;
    expect(delivered).toBeGreaterThan(0);
    expect(merchant.standing.heldSettlement).toBeGreaterThan(0);
    expect(merchant.standing.settled).toBe(0);
    const held = merchant.standing.heldSettlement;
    enforce('lift_freeze_settlement', 'merchant', merchant.id);
    expect(merchant.standing).toMatchObject({ heldSettlement: 0, settled: held });
  });

  it('sends fewer buyers to a demoted listing until lift_demote_listing', () => {
    const { world, enforce, inDays, driver } = setup(6, {
      merchants: 1,
      hosts: 0,
      initialListingsPerMerchant: 2,
      maxListings: 2,
    });
    const [a, b] = ofType(driver.advance(10), 'listing.upserted').map((l) => l.listingId);
    if (!a || !b) throw new Error('no listings');
    expect(enforce('demote_listing', 'listing', a, { until: inDays(3) })).toBe('applied');
    expect(world.hasLessTraffic(world.listings.get(a)!, driver.now)).toBe(true);
    const orders = ofType(driver.advance(300), 'order.placed');
    const onA = orders.filter((o) => o.listingId === a).length;
    const onB = orders.filter((o) => o.listingId === b).length;
    expect(onA).toBeLessThan(onB / 2);
    expect(enforce('lift_demote_listing', 'listing', a)).toBe('applied');
    expect(world.hasLessTraffic(world.listings.get(a)!, driver.now)).toBe(false);
    expect(enforce('lift_demote_listing', 'listing', a)).toBe('noop');
  });

  it('restricts a shop’s traffic: its listings and its hosts’ rooms get fewer people', () => {
    const { world, enforce, inDays, driver } = setup(6, { merchants: 1, hosts: 1 });
    const merchant = world.merchants.values()[0]?.id as string;
    const listing = ofType(driver.advance(10), 'listing.upserted')[0]?.listingId as string;
    enforce('restrict_traffic', 'merchant', merchant, { until: inDays(3) });
    expect(world.hasLessTraffic(world.listings.get(listing)!, driver.now)).toBe(true);
    expect(world.hasRestrictedTraffic(world.hosts.values()[0]!, driver.now)).toBe(true);
    enforce('lift_restrict_traffic', 'merchant', merchant);
    expect(world.hasLessTraffic(world.listings.get(listing)!, driver.now)).toBe(false);
  });
});

describe('enforcement.action one-offs and listings', () => {
  it('ends a stream on stop_stream; there is nothing to lift', () => {
    const { enforce, driver, world } = setup(4, { minSegmentsPerSession: 400, maxSegmentsPerSession: 400 });
    const session = ofType(driver.advance(30), 'live.started')[0];
    if (!session) throw new Error('no stream');
    expect(enforce('stop_stream', 'live_session', session.sessionId)).toBe('applied');
    expect(world.liveSessions.has(session.sessionId)).toBe(false);
    expect(ofType(driver.advance(1), 'live.ended')).toEqual([
      expect.objectContaining({ sessionId: session.sessionId, reason: 'stopped' }),
    ]);
    expect(enforce('stop_stream', 'live_session', session.sessionId)).toBe('noop');
    expect(enforce('lift_stop_stream', 'live_session', session.sessionId)).toBe('noop');
  });

  it('removes and restores a listing (restore_listing, or a lift_remove_listing)', () => {
    const { enforce, driver, world } = setup(4);
    const listingId = ofType(driver.advance(5), 'listing.upserted')[0]?.listingId as string;
    expect(enforce('remove_listing', 'listing', listingId)).toBe('applied');
    expect(world.listings.get(listingId)?.blocked).toBe(true);
    expect(enforce('restore_listing', 'listing', listingId)).toBe('applied');
    expect(enforce('remove_listing', 'listing', listingId)).toBe('applied');
    expect(enforce('lift_remove_listing', 'listing', listingId)).toBe('applied');
    expect(world.listings.get(listingId)?.blocked).toBe(false);
  });

  it('counts warnings; a lift_warn changes nothing', () => {
    const { enforce, world } = setup(4);
    const host = world.hosts.values()[0]!;
    expect(enforce('warn', 'host', host.id)).toBe('applied');
    expect(host.standing.warnings).toBe(1);
    expect(enforce('lift_warn', 'host', host.id)).toBe('noop');
    expect(world.counts.warnings).toBe(1);
  });

  it('deducts a deposit once per sanction and refunds it on lift_deduct_deposit', () => {
    const { enforce, world, counters } = setup(4);
    const merchant = world.merchants.values()[0]!;
    const deposit = merchant.standing.deposit;
    const msg = { sanctionId: 'snc_1', decisionId: 'dec_1', amountMinor: 120_050, currency: 'CNY' };
    expect(enforce('deduct_deposit', 'merchant', merchant.id, msg)).toBe('applied');
    expect(merchant.standing.deposit).toBe(deposit - 120_050);
    expect(enforce('deduct_deposit', 'merchant', merchant.id, msg)).toBe('noop');
    expect(enforce('lift_deduct_deposit', 'merchant', merchant.id, msg)).toBe('applied');
    expect(merchant.standing.deposit).toBe(deposit);
    expect(enforce('lift_deduct_deposit', 'merchant', merchant.id, msg)).toBe('noop');
    expect(world.counts).toMatchObject({ depositDeducted: 120_050, depositRefunded: 120_050 });
    expect(counters.enforcementByAction).toEqual({ deduct_deposit: 1, lift_deduct_deposit: 1 });
  });

  it('acts on no known action code with a subject it does not fit', () => {
    const { enforce } = setup(4);
    expect(enforce('stop_stream', 'host', 'h')).toBe('ignored_action');
    expect(enforce('demote_listing', 'merchant', 'm')).toBe('ignored_action');
  });
});

describe('decision measures, reports and appeals', () => {
  it('tells the appeal filer of measures that decisions start on merchants and hosts, not of lifts', () => {
    const seen: DecisionMeasure[] = [];
    const { enforce, world } = setup(4, {}, { onDecisionMeasure: (m) => seen.push(m) });
    const merchant = world.merchants.values()[0]!.id;
    const party = { decisionId: 'dec_9', partyKind: 'merchant', partyId: merchant, automatic: false };
    enforce('warn', 'merchant', merchant, party);
    enforce('lift_suspend_live', 'merchant', merchant, party);
    enforce('warn', 'buyer', 'b', { decisionId: 'dec_8', partyKind: 'user', partyId: 'b' });
    enforce('warn', 'merchant', merchant);
    enforce('warn', 'merchant', 'unknown', { decisionId: 'dec_7', partyKind: 'merchant', partyId: 'unknown' });
    expect(seen).toEqual([
      { decisionId: 'dec_9', partyKind: 'merchant', partyId: merchant, action: 'warn', automatic: false },
    ]);
  });

  it('counts report and appeal messages', () => {
    const { applier, counters } = setup(4);
    const at = '2026-12-03T08:00:00.000Z';
    const report = { reportId: 'r', targetType: 'listing', targetId: 'l', category: 'counterfeit' };
    expect(applier.apply('report.acknowledged', { ...report, receivedAt: at })).toBe('applied');
    applier.apply('report.decided', { ...report, caseId: 'c', outcome: 'violation', decidedAt: at });
    applier.apply('report.decided', { ...report, caseId: 'c', outcome: 'no_violation', decidedAt: at });
    const appeal = { appealId: 'a', decisionId: 'd', caseId: 'c', partyKind: 'host', partyId: 'h' };
    applier.apply('appeal.received', { ...appeal, filedAt: at, dueAt: at });
    for (const outcome of ['upheld', 'reversed', 'modified'])
      applier.apply('appeal.decided', { ...appeal, outcome, newDecisionId: null, reply: '复核', decidedAt: at });
    expect(counters).toMatchObject({
      reportsAcknowledged: 1,
      reportsDecided: { violation: 1, no_violation: 1 },
      appealsReceived: 1,
      appealsDecided: { upheld: 1, reversed: 1, modified: 1 },
    });
  });
});
