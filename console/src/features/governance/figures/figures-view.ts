import type { DayRange, DecisionTime, GovernanceFigures } from './figures.types';

const DAY_MS = 86_400_000;
/** The server's cap on one request (MAX_FIGURES_DAYS in the figures domain): a quarter. */
export const MAX_FIGURES_DAYS = 92;
/** What the page shows before anyone picks a range. */
export const DEFAULT_FIGURES_DAYS = 30;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** `day` moved by whole days, on the UTC calendar. */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Days from `from` to `to`, both included. */
export function dayCount(range: DayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The last `days` UTC days up to and including today. */
export function lastDays(now: Date, days = DEFAULT_FIGURES_DAYS): DayRange {
  const to = utcDay(now);
  return { from: addDays(to, -(days - 1)), to };
}

function isDay(value: string): boolean {
  return dayPattern.test(value) && utcDay(new Date(Date.parse(`${value}T00:00:00Z`))) === value;
}

/**
 * The range after one end was edited, kept to what the server accepts: the other end follows
 * when the edit would put `to` before `from` or span more than the cap. An edit that is not a day
 * leaves the range as it was.
 */
export function adjustRange(range: DayRange, edited: 'from' | 'to', value: string): DayRange {
  if (!isDay(value)) return range;
  if (edited === 'from') {
    const to = value > range.to ? value : range.to;
    const next = { from: value, to };
    return dayCount(next) > MAX_FIGURES_DAYS ? { from: value, to: addDays(value, MAX_FIGURES_DAYS - 1) } : next;
  }
  const from = value < range.from ? value : range.from;
  const next = { from, to: value };
  return dayCount(next) > MAX_FIGURES_DAYS ? { from: addDays(value, -(MAX_FIGURES_DAYS - 1)), to: value } : next;
}

/** The report-rate chart's data: one point per day, null where the day had no denominator (a gap). */
export function reportRateSeries(figures: GovernanceFigures['reportRates']) {
  return {
    days: figures.days.map((d) => d.day),
    perTenThousandViewers: figures.days.map((d) => d.perTenThousandViewers),
    perTenThousandOrders: figures.days.map((d) => d.perTenThousandOrders),
  };
}

/** A count per key, largest first (ties by key), for a bar chart. */
export function rankedCounts(counts: Record<string, number>): { key: string; count: number }[] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * A stacked bar chart's data from counts by action per group (subject kind, violation type): the
 * groups on the axis, one series per action, 0 where a group had none of it.
 */
export function stackedByAction(groups: Record<string, { byAction: Record<string, number> }>) {
  const categories = rankedCounts(
    Object.fromEntries(
      Object.entries(groups).map(([key, g]) => [key, Object.values(g.byAction).reduce((a, b) => a + b, 0)]),
    ),
  ).map((c) => c.key);
  const totals: Record<string, number> = {};
  for (const g of Object.values(groups)) {
    for (const [action, count] of Object.entries(g.byAction)) totals[action] = (totals[action] ?? 0) + count;
  }
  const actions = rankedCounts(totals).map((c) => c.key);
  return {
    categories,
    series: actions.map((action) => ({
      action,
      data: categories.map((key) => groups[key]?.byAction[action] ?? 0),
    })),
  };
}

export type DurationUnit = 'days' | 'hours' | 'minutes' | 'seconds';
const unitSeconds: [DurationUnit, number][] = [
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
  ['seconds', 1],
];

/**
 * A duration as its two largest non-zero units (1 d 4 h, 3 h 12 min, 45 s), rounded to the
 * smaller one: a median time to decision reads at a glance, not to the second.
 */
export function durationParts(seconds: number): { unit: DurationUnit; value: number }[] {
  const whole = Math.max(0, Math.round(seconds));
  if (whole === 0) return [{ unit: 'seconds', value: 0 }];
  const first = unitSeconds.findIndex(([, size]) => whole >= size);
  const [bigUnit, bigSize] = unitSeconds[first]!;
  const small = unitSeconds[first + 1];
  if (!small) return [{ unit: bigUnit, value: whole }];
  const [smallUnit, smallSize] = small;
  // Round to the smaller unit first, so 1 h 59 min 50 s reads 2 h rather than 1 h 60 min.
  const inSmall = Math.round(whole / smallSize);
  const perBig = bigSize / smallSize;
  const big = Math.floor(inSmall / perBig);
  const rest = inSmall % perBig;
  const parts = [{ unit: bigUnit, value: big }];
  if (rest > 0) parts.push({ unit: smallUnit, value: rest });
  return parts;
}

/** A share (0…1) as a percentage with at most one decimal; null stays null (nothing to divide). */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

export interface QueueFigures {
  queue: string;
  slaBreaches: number;
  decisions: number;
  medianSeconds: number | null;
}

/** One row per queue that had a breach or a decision, by queue name. */
export function queueRows(
  timeByQueue: Record<string, DecisionTime>,
  breachesByQueue: Record<string, number>,
): QueueFigures[] {
  const queues = [...new Set([...Object.keys(timeByQueue), ...Object.keys(breachesByQueue)])].sort();
  return queues.map((queue) => ({
    queue,
    slaBreaches: breachesByQueue[queue] ?? 0,
    decisions: timeByQueue[queue]?.decisions ?? 0,
    medianSeconds: timeByQueue[queue]?.medianSeconds ?? null,
  }));
}
