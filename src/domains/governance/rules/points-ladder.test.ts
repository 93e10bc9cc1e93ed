import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  expiryOf,
  type Firing,
  firingsNoLongerReached,
  isInForce,
  type PointEntry,
  thresholdsToFire,
  totalInForce,
  totalsByTrack,
} from './points-ladder.js';
import type { LadderStep, Track } from './violation-catalogue.js';

const EXPIRY_DAYS = 365;
const WINDOW = EXPIRY_DAYS * DAY_MS;
const start = new Date('2026-12-03T08:00:00Z').getTime();
const ladder: LadderStep[] = [12, 24, 36, 48].map((points) => ({ points, actions: [{ type: 'warn' }] }));

interface Decision {
  /** How far the clock moves before the decision: up to two years, so points expire. */
  advanceMs: number;
  track: Track;
  points: number;
  /** A later step reverses this decision instead of adding one. */
  reverse: boolean;
}

const decision: fc.Arbitrary<Decision> = fc.record({
  advanceMs: fc.oneof(fc.integer({ min: 0, max: 7 * DAY_MS }), fc.integer({ min: 0, max: 2 * 365 * DAY_MS })),
  track: fc.constantFrom<Track>('general', 'serious'),
  points: fc.constantFrom(0, 2, 3, 4, 6, 12, 24, 48),
  reverse: fc.boolean(),
});

/**
 * Plays decisions on a moving clock the way the ledger does: record the entry, fire what the
 * total reaches, and on a reversal give points back and take back firings no longer reached.
 */
function play(steps: readonly Decision[]) {
  let now = start;
  const entries: PointEntry[] = [];
  const firings: (Firing & { decision: number })[] = [];
  const trail: { at: Date; entries: PointEntry[]; fired: Firing[] }[] = [];
  steps.forEach((s, i) => {
    now += s.advanceMs;
    const at = new Date(now);
    const fired: Firing[] = [];
    if (s.reverse && entries.length > 0) {
      const victim = entries[i % entries.length]!;
      victim.reversed = true;
      const total = totalInForce(entries, victim.track, at);
      for (const f of firingsNoLongerReached(firings, victim.track, total, at, WINDOW)) f.reversed = true;
    } else {
      entries.push({
        track: s.track,
        points: s.points,
        decidedAt: at,
        expiresAt: expiryOf(at, EXPIRY_DAYS),
        reversed: false,
      });
      const total = totalInForce(entries, s.track, at);
      for (const step of thresholdsToFire(ladder, s.track, total, firings, at, WINDOW)) {
        const f = { track: s.track, points: step.points, firedAt: at, reversed: false, decision: i };
        firings.push(f);
        fired.push(f);
      }
    }
    trail.push({ at, entries: entries.map((e) => ({ ...e })), fired });
  });
  return { trail, firings };
}

describe('penalty points on a moving clock', () => {
  it('never counts points after their expiry, nor reversed ones', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 40 }), fc.integer({ min: 0, max: 800 * DAY_MS }), (steps, later) => {
        const { trail } = play(steps);
        for (const { at, entries } of trail) {
          const probe = new Date(at.getTime() + later);
          for (const e of entries) {
            if (probe.getTime() >= e.expiresAt.getTime() || e.reversed) expect(isInForce(e, probe)).toBe(false);
          }
        }
      }),
    );
  });

  it('totals the unexpired, unreversed points of each track', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 40 }), (steps) => {
        for (const { at, entries } of play(steps).trail) {
          const totals = totalsByTrack(entries, at);
          for (const track of ['general', 'serious'] as const) {
            const expected = entries
              .filter((e) => e.track === track && !e.reversed && e.expiresAt.getTime() > at.getTime())
              .reduce((sum, e) => sum + e.points, 0);
            expect(totals[track]).toBe(expected);
          }
        }
      }),
    );
  });

  it('fires a threshold at most once per window, and only when the total reaches it', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 60 }), (steps) => {
        const { trail, firings } = play(steps);
        for (const { at, entries, fired } of trail) {
          for (const f of fired) expect(totalInForce(entries, f.track, at)).toBeGreaterThanOrEqual(f.points);
        }
        // Two firings of one threshold that both still stand are a window apart.
        const standing = firings.filter((f) => !f.reversed);
        for (const a of standing) {
          for (const b of standing) {
            if (a === b || a.track !== b.track || a.points !== b.points) continue;
            expect(Math.abs(a.firedAt.getTime() - b.firedAt.getTime())).toBeGreaterThanOrEqual(WINDOW);
          }
        }
      }),
    );
  });

  it('fires every threshold a single decision jumps over, and none twice in a window', () => {
    const at = new Date(start);
    const entries: PointEntry[] = [
      { track: 'serious', points: 36, decidedAt: at, expiresAt: expiryOf(at, 365), reversed: false },
    ];
    const fired = thresholdsToFire(ladder, 'serious', totalInForce(entries, 'serious', at), [], at, WINDOW);
    expect(fired.map((s) => s.points)).toEqual([12, 24, 36]);
    const firings = fired.map((s) => ({ track: 'serious' as const, points: s.points, firedAt: at, reversed: false }));
    const later = new Date(start + 100 * DAY_MS);
    expect(thresholdsToFire(ladder, 'serious', 40, firings, later, WINDOW)).toEqual([]);
    // A reversed firing no longer blocks; a window later, neither does a standing one.
    expect(thresholdsToFire(ladder, 'serious', 12, [{ ...firings[0]!, reversed: true }], later, WINDOW)).toHaveLength(
      1,
    );
    expect(thresholdsToFire(ladder, 'serious', 12, firings, new Date(start + WINDOW), WINDOW)).toHaveLength(1);
    expect(thresholdsToFire(ladder, 'general', 40, firings, later, WINDOW).map((s) => s.points)).toEqual([12, 24, 36]);
  });

  it('takes back the firings a reduced total no longer reaches', () => {
    const at = new Date(start);
    const firings = [12, 24].map((points) => ({ track: 'serious' as const, points, firedAt: at, reversed: false }));
    expect(firingsNoLongerReached(firings, 'serious', 12, at, WINDOW).map((f) => f.points)).toEqual([24]);
    expect(firingsNoLongerReached(firings, 'general', 0, at, WINDOW)).toEqual([]);
  });
});
