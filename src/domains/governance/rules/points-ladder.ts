import type { LadderStep, Track } from './violation-catalogue.js';

// Penalty points as pure functions of a ledger and an instant: which points are in force, the
// totals per track, and which thresholds of the ladder a total has crossed that have not fired
// within the window yet.

export const DAY_MS = 86_400_000;

export interface PointEntry {
  track: Track;
  points: number;
  decidedAt: Date;
  expiresAt: Date;
  reversed: boolean;
}

/** An entry counts from its decision until (not including) its expiry, unless it was reversed. */
export function isInForce(e: PointEntry, now: Date): boolean {
  const t = now.getTime();
  return !e.reversed && e.decidedAt.getTime() <= t && t < e.expiresAt.getTime();
}

export function totalInForce(entries: readonly PointEntry[], track: Track, now: Date): number {
  let total = 0;
  for (const e of entries) if (e.track === track && isInForce(e, now)) total += e.points;
  return total;
}

export function totalsByTrack(entries: readonly PointEntry[], now: Date): Record<Track, number> {
  return { general: totalInForce(entries, 'general', now), serious: totalInForce(entries, 'serious', now) };
}

export function expiryOf(decidedAt: Date, expiryDays: number): Date {
  return new Date(decidedAt.getTime() + expiryDays * DAY_MS);
}

/** A threshold that fired for a subject: its sanctions were imposed at firedAt. */
export interface Firing {
  track: Track;
  points: number;
  firedAt: Date;
  reversed: boolean;
}

/** Whether a firing still counts against firing the same threshold again: within the window, not reversed. */
function firingHolds(f: Firing, now: Date, windowMs: number): boolean {
  const age = now.getTime() - f.firedAt.getTime();
  return !f.reversed && age >= 0 && age < windowMs;
}

/**
 * The ladder steps a track's total has reached that have not fired within the window. Each
 * threshold fires at most once per window: after that, only points that expire and come back
 * (a total that drops and rises again a window later) fire it anew.
 */
export function thresholdsToFire(
  ladder: readonly LadderStep[],
  track: Track,
  total: number,
  firings: readonly Firing[],
  now: Date,
  windowMs: number,
): LadderStep[] {
  return ladder.filter(
    (step) =>
      total >= step.points &&
      !firings.some((f) => f.track === track && f.points === step.points && firingHolds(f, now, windowMs)),
  );
}

/**
 * Firings whose threshold the total no longer reaches (points given back by a reversal): the
 * sanctions they imposed are lifted.
 */
export function firingsNoLongerReached<F extends Firing>(
  firings: readonly F[],
  track: Track,
  total: number,
  now: Date,
  windowMs: number,
): F[] {
  return firings.filter((f) => f.track === track && firingHolds(f, now, windowMs) && f.points > total);
}
