import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CloudEventEnvelope, EVENT_TYPES } from '../../platform/events/event-types.js';
import { COMMENT_PROBLEM_WEIGHTS } from '../content/comments.js';
import { LISTING_PROBLEM_WEIGHTS, LIVE_PROBLEM_WEIGHTS } from '../content/problems.js';
import { CONTENT_EVENT_TYPES, type GeneratedEvent, PROBLEM_KINDS } from '../ground-truth.js';
import { SimDriver, texts } from '../testing/sim-driver.js';
import { Simulation } from './simulation.js';

function problemShareOf(events: readonly GeneratedEvent[]): number {
  const content = events.filter((e) => CONTENT_EVENT_TYPES.has(e.envelope.type));
  return content.filter((e) => e.truth?.problem).length / content.length;
}

/** The rules a real platform's event stream follows; Xinren relies on them. */
function lifecycleViolations(events: readonly GeneratedEvent[]): string[] {
  const problems: string[] = [];
  const listings = new Set<string>();
  const live = new Map<string, number>();
  const ended = new Set<string>();
  const orders = new Map<string, string>();
  const next: Record<string, string[]> = {
    'order.paid': ['placed'],
    'order.shipped': ['paid'],
    'order.delivered': ['shipped'],
    'return.requested': ['delivered'],
    'order.refunded': ['paid', 'return_requested'],
  };
  const stateAfter: Record<string, string> = {
    'order.paid': 'paid',
    'order.shipped': 'shipped',
    'order.delivered': 'delivered',
    'return.requested': 'return_requested',
    'order.refunded': 'refunded',
  };
  for (const { envelope: e } of events) {
    const d = e.data as Record<string, unknown>;
    switch (e.type) {
      case 'listing.upserted':
        listings.add(String(d.listingId));
        break;
      case 'live.started':
        if (live.has(String(d.sessionId)) || ended.has(String(d.sessionId)))
          problems.push(`${e.id}: session started twice`);
        live.set(String(d.sessionId), -1);
        for (const id of (d.productListingIds as string[]) ?? [])
          if (!listings.has(id)) problems.push(`${e.id}: presents unknown listing ${id}`);
        break;
      case 'live.segment': {
        const last = live.get(String(d.sessionId));
        if (last === undefined) problems.push(`${e.id}: segment of a session not live`);
        else if (Number(d.seq) !== last + 1) problems.push(`${e.id}: seq ${String(d.seq)} after ${last}`);
        else live.set(String(d.sessionId), last + 1);
        if (Number(d.endMs) < Number(d.startMs)) problems.push(`${e.id}: ends before it starts`);
        break;
      }
      case 'live.ended':
        if (!live.delete(String(d.sessionId))) problems.push(`${e.id}: ended a session not live`);
        ended.add(String(d.sessionId));
        break;
      case 'comment.posted':
        if (d.targetType === 'live_session' && !live.has(String(d.targetId)))
          problems.push(`${e.id}: chat in a session not live`);
        if (d.targetType === 'listing' && !listings.has(String(d.targetId)))
          problems.push(`${e.id}: comment on unknown listing`);
        break;
      case 'order.placed':
        if (!listings.has(String(d.listingId))) problems.push(`${e.id}: order on unknown listing`);
        if (d.liveSessionId !== undefined && !live.has(String(d.liveSessionId)))
          problems.push(`${e.id}: live order outside a live session`);
        orders.set(String(d.orderId), 'placed');
        break;
      default: {
        const allowed = next[e.type];
        if (!allowed) break;
        const state = orders.get(String(d.orderId));
        if (!state || !allowed.includes(state)) problems.push(`${e.id}: ${e.type} on an order in state ${state}`);
        orders.set(String(d.orderId), stateAfter[e.type] as string);
      }
    }
  }
  return problems;
}

describe('Simulation', () => {
  it('generates the same events for the same seed and other events for another seed', () => {
    const a = new SimDriver({ seed: 42 }).advance(120);
    const b = new SimDriver({ seed: 42 }).advance(120);
    const c = new SimDriver({ seed: 43 }).advance(120);
    expect(a.length).toBeGreaterThan(2_000);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(texts(c))).not.toBe(JSON.stringify(texts(a)));
  });

  it('gives another run of the same seed fresh ids but the same content', () => {
    const first = new SimDriver({ seed: 42 }).advance(30);
    const second = new SimDriver({ seed: 42, run: 'r2' }).advance(30);
    expect(second.map((e) => e.envelope.id)).not.toContain(first[0]?.envelope.id);
    expect(texts(second).map((t) => t.replaceAll('sim42-r2-', 'sim42-'))).toEqual(texts(first));
  });

  it('sends about `rate` events per second', () => {
    const events = new SimDriver({ rate: 50 }).advance(60);
    expect(events.length).toBeGreaterThan(50 * 60 * 0.95);
    expect(events.length).toBeLessThan(50 * 60 * 1.05);
  });

  it('honours the problem share roughly, and mixes in nothing at share 0', () => {
    const at8 = new SimDriver({ seed: 3, problemShare: 0.08 }).advance(1_200);
    expect(problemShareOf(at8)).toBeGreaterThan(0.065);
    expect(problemShareOf(at8)).toBeLessThan(0.095);
    const at30 = new SimDriver({ seed: 3, problemShare: 0.3 }).advance(600);
    expect(problemShareOf(at30)).toBeGreaterThan(0.27);
    expect(problemShareOf(at30)).toBeLessThan(0.33);
    expect(problemShareOf(new SimDriver({ seed: 3, problemShare: 0 }).advance(300))).toBe(0);
  });

  it('mixes every kind of problem into the listings, live talk and comments where it belongs, with hard negatives', () => {
    const driver = new SimDriver({ seed: 5, problemShare: 0.2 });
    const events = driver.advance(3_600);
    const seen = (type: string) =>
      [...new Set(events.filter((e) => e.envelope.type === type).map((e) => e.truth?.problem?.kind))]
        .filter((k) => k !== undefined)
        .sort();
    const kindsOf = (weights: readonly { kind: string }[]) => weights.map((w) => w.kind);
    // Price fraud comes from re-upserts of listings that sold, not from new listings.
    expect(seen('listing.upserted')).toEqual([...kindsOf(LISTING_PROBLEM_WEIGHTS), 'price_fraud'].sort());
    expect(seen('live.segment')).toEqual(kindsOf(LIVE_PROBLEM_WEIGHTS).sort());
    expect(seen('comment.posted')).toEqual(kindsOf(COMMENT_PROBLEM_WEIGHTS).sort());
    expect(Object.keys(driver.sim.stats.problemsByKind).sort()).toEqual([...PROBLEM_KINDS].sort());
    for (const type of CONTENT_EVENT_TYPES) {
      expect(
        events.some((e) => e.envelope.type === type && e.truth?.hardNegative),
        type,
      ).toBe(true);
    }
  });

  it('writes the cue of a problem into the text it labels', () => {
    const events = new SimDriver({ seed: 8, problemShare: 0.3 }).advance(300);
    const labelled = events.filter(
      (e) => e.truth?.problem && e.truth.problem.kind !== 'price_fraud' && !e.truth.problem.straddle,
    );
    expect(labelled.length).toBeGreaterThan(100);
    const scripts = labelled.filter((e) => e.truth?.problem?.kind === 'staged_drama');
    for (const event of labelled.filter((e) => e.truth?.problem?.kind !== 'staged_drama')) {
      expect(texts([event])[0]).toContain(event.truth?.problem?.cue);
    }
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('splits some cues over two consecutive segments of the same stream', () => {
    const events = new SimDriver({ seed: 13, problemShare: 0.3 }).advance(600);
    const heads = events.filter((e) => e.truth?.problem?.straddle === 'head');
    expect(heads.length).toBeGreaterThan(10);
    for (const head of heads) {
      const h = head.envelope.data as { sessionId: string; seq: number; text: string };
      const tail = events.find((e) => {
        const d = e.envelope.data as { sessionId?: string; seq?: number };
        return e.envelope.type === 'live.segment' && d.sessionId === h.sessionId && d.seq === h.seq + 1;
      });
      if (!tail) continue; // the stream may have been cut by the end of the run
      const t = tail.envelope.data as { text: string };
      const cue = head.truth?.problem?.cue as string;
      expect(tail.truth?.problem?.straddle).toBe('tail');
      expect(h.text).not.toContain(cue);
      expect(t.text).not.toContain(cue);
      expect(h.text + t.text).toContain(cue);
    }
  });

  it('generates only events (comments among them) that parse with the schemas of event-types.ts and follow the order, stream and comment lifecycles', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffff_ffff }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, problemShare) => {
        const driver = new SimDriver({ seed, problemShare, rate: 40 });
        const events = driver.advance(60);
        for (const { envelope } of events) {
          expect(CloudEventEnvelope.safeParse(envelope).success).toBe(true);
          const parsed = EVENT_TYPES[envelope.type].safeParse(envelope.data);
          if (!parsed.success)
            throw new Error(`${envelope.type} ${JSON.stringify(envelope.data)}: ${parsed.error.message}`);
        }
        expect(events.some((e) => e.envelope.type === 'comment.posted')).toBe(true);
        expect(lifecycleViolations(events)).toEqual([]);
        expect(new Set(events.map((e) => e.envelope.id)).size).toBe(events.length);
      }),
      { numRuns: 30 },
    );
  });

  it('shows a "was" price only on listings that sold in the 7 days before: the lowest price when honest, above every price when fraud', () => {
    const events = new SimDriver({ seed: 21, problemShare: 0.3 }).advance(1_800);
    const sales = new Map<string, { at: number; unitPrice: number }[]>();
    let honest = 0;
    let fraud = 0;
    for (const { envelope: e, truth } of events) {
      const at = Date.parse(e.time);
      if (e.type === 'order.placed') {
        const list = sales.get(e.data.listingId) ?? [];
        list.push({ at, unitPrice: e.data.amount.amount / e.data.quantity });
        sales.set(e.data.listingId, list);
      }
      if (e.type !== 'listing.upserted' || e.data.wasPrice === undefined) continue;
      const window = (sales.get(e.data.listingId) ?? [])
        .filter((s) => s.at >= at - 7 * 86_400_000 && s.at <= at)
        .map((s) => s.unitPrice);
      expect(window.length, e.id).toBeGreaterThan(0);
      const wasPrice = e.data.wasPrice.amount;
      if (truth?.problem?.kind === 'price_fraud') {
        fraud++;
        expect(wasPrice).toBeGreaterThan(Math.max(...window));
      } else {
        honest++;
        expect(truth?.hardNegative).toBeDefined();
        expect(wasPrice).toBe(Math.min(...window));
        expect(e.data.price.amount).toBeLessThanOrEqual(wasPrice);
      }
    }
    expect(fraud).toBeGreaterThan(5);
    expect(honest).toBeGreaterThan(5);
  });

  it('floods some live rooms with copies of one spam line from one account', () => {
    const events = new SimDriver({ seed: 17, problemShare: 0.3 }).advance(600);
    const spam = events.filter((e) => e.envelope.type === 'comment.posted' && e.truth?.problem?.kind === 'spam_seo');
    const runs = new Map<string, number>();
    for (const { envelope } of spam) {
      if (envelope.type !== 'comment.posted' || envelope.data.channel !== 'live_chat') continue;
      const key = `${envelope.data.authorId} ${envelope.data.targetId}`;
      runs.set(key, (runs.get(key) ?? 0) + 1);
    }
    expect(runs.size).toBeGreaterThan(3);
    expect(Math.min(...runs.values())).toBeGreaterThanOrEqual(3);
  });

  it('has buyers report problem comments, with what they saw in the comment', () => {
    const events = new SimDriver({ seed: 23, problemShare: 0.2 }).advance(900);
    const problemComments = new Map<string, string>();
    for (const { envelope, truth } of events)
      if (envelope.type === 'comment.posted' && truth?.problem)
        problemComments.set(envelope.data.commentId, truth.problem.kind);
    const reports = events.flatMap(({ envelope }) =>
      envelope.type === 'report.filed' && envelope.data.targetType === 'comment' ? [envelope.data] : [],
    );
    expect(reports.length).toBeGreaterThan(5);
    for (const report of reports) {
      expect(problemComments.has(report.targetId), report.targetId).toBe(true);
      expect(report.explanation).toMatch(/评论|刷屏/);
    }
  });

  it('refuses a problem share outside [0, 1]', () => {
    expect(() => new Simulation({ seed: 1, rate: 1, problemShare: 1.5 })).toThrow(RangeError);
  });
});
