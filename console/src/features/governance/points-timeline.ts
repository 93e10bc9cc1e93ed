import type { SubjectPoints, Track } from './governance.types';

export interface TimelinePoint {
  at: string;
  total: number;
}

/**
 * The running total of one track at each decision, counting only entries in force now, held until
 * `now`. Expiry is not drawn as a drop: the chart shows how the points in force today came about.
 */
export function pointsTimeline(entries: SubjectPoints['entries'], track: Track, now: string): TimelinePoint[] {
  const counted = entries
    .filter((e) => e.track === track && e.inForce)
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  let total = 0;
  const steps = counted.map((e) => {
    total += e.points;
    return { at: e.decidedAt, total };
  });
  return steps.length === 0 ? steps : [...steps, { at: now, total }];
}
