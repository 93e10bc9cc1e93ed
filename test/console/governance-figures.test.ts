import { describe, expect, it } from 'vitest';
import {
  addDays,
  adjustRange,
  dayCount,
  durationParts,
  lastDays,
  MAX_FIGURES_DAYS,
  percent,
  queueRows,
  rankedCounts,
  reportRateSeries,
  stackedByAction,
} from '../../console/src/features/governance/figures/figures-view';

describe('governance figures in the console', () => {
  it('defaults to the last 30 UTC days, today included, whatever the hour', () => {
    expect(lastDays(new Date('2026-12-03T23:59:59Z'))).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(lastDays(new Date('2026-03-01T00:00:00Z'), 7)).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(dayCount(lastDays(new Date('2026-12-03T12:00:00Z')))).toBe(30);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('keeps an edited range within the server cap by dragging the other end', () => {
    const range = { from: '2026-11-04', to: '2026-12-03' };
    // Within the cap: only the edited end moves.
    expect(adjustRange(range, 'from', '2026-10-01')).toEqual({ from: '2026-10-01', to: '2026-12-03' });
    // Past the cap: the other end follows, to exactly 92 days.
    const wide = adjustRange(range, 'from', '2026-01-01');
    expect(wide).toEqual({ from: '2026-01-01', to: addDays('2026-01-01', MAX_FIGURES_DAYS - 1) });
    expect(dayCount(wide)).toBe(92);
    const late = adjustRange({ from: '2026-01-01', to: '2026-01-31' }, 'to', '2026-12-31');
    expect(late.to).toBe('2026-12-31');
    expect(dayCount(late)).toBe(92);
    // Turned round: the other end joins the edited one.
    expect(adjustRange(range, 'from', '2026-12-10')).toEqual({ from: '2026-12-10', to: '2026-12-10' });
    expect(adjustRange(range, 'to', '2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    // Not a day (a cleared input, a day that does not exist): nothing changes.
    expect(adjustRange(range, 'to', '')).toBe(range);
    expect(adjustRange(range, 'from', '2026-02-30')).toBe(range);
  });

  it('turns the daily rates into chart series, with null where a day had no denominator', () => {
    const day = (d: string, v: number | null, o: number | null) => ({
      day: d,
      reports: 1,
      viewers: 0,
      orders: 0,
      perTenThousandViewers: v,
      perTenThousandOrders: o,
    });
    const total = { reports: 2, viewers: 0, orders: 0, perTenThousandViewers: null, perTenThousandOrders: null };
    expect(reportRateSeries({ days: [day('2026-12-01', 2, 12500), day('2026-12-02', null, 5000)], total })).toEqual({
      days: ['2026-12-01', '2026-12-02'],
      perTenThousandViewers: [2, null],
      perTenThousandOrders: [12500, 5000],
    });
  });

  it('ranks counts largest first, ties by key, and stacks penalties by action per group', () => {
    expect(rankedCounts({ warn: 1, suspend_live: 3, remove_listing: 3 })).toEqual([
      { key: 'remove_listing', count: 3 },
      { key: 'suspend_live', count: 3 },
      { key: 'warn', count: 1 },
    ]);
    expect(
      stackedByAction({
        host: { byAction: { suspend_live: 2 } },
        merchant: { byAction: { remove_listing: 3, suspend_live: 1, warn: 1 } },
      }),
    ).toEqual({
      categories: ['merchant', 'host'],
      series: [
        { action: 'remove_listing', data: [3, 0] },
        { action: 'suspend_live', data: [1, 2] },
        { action: 'warn', data: [1, 0] },
      ],
    });
  });

  it('reads a duration as its two largest units, rounded to the smaller one', () => {
    expect(durationParts(0)).toEqual([{ unit: 'seconds', value: 0 }]);
    expect(durationParts(45.4)).toEqual([{ unit: 'seconds', value: 45 }]);
    expect(durationParts(90)).toEqual([
      { unit: 'minutes', value: 1 },
      { unit: 'seconds', value: 30 },
    ]);
    expect(durationParts(3600)).toEqual([{ unit: 'hours', value: 1 }]);
    expect(durationParts(3600 + 12 * 60 + 20)).toEqual([
      { unit: 'hours', value: 1 },
      { unit: 'minutes', value: 12 },
    ]);
    // 1 h 59 min 50 s rounds up to 2 h, not to "1 h 60 min".
    expect(durationParts(7190)).toEqual([{ unit: 'hours', value: 2 }]);
    expect(durationParts(86_400 * 2 + 3600 * 5)).toEqual([
      { unit: 'days', value: 2 },
      { unit: 'hours', value: 5 },
    ]);
  });

  it('shows shares as percentages with one decimal, and no share as null', () => {
    expect(percent(null)).toBeNull();
    expect(percent(0)).toBe(0);
    expect(percent(0.3333)).toBe(33.3);
    expect(percent(1)).toBe(100);
  });

  it('joins breaches and decision times into one row per queue', () => {
    expect(
      queueRows(
        { general: { decisions: 3, medianSeconds: 3600 }, serious: { decisions: 1, medianSeconds: 7200 } },
        { en: 1, general: 2 },
      ),
    ).toEqual([
      { queue: 'en', slaBreaches: 1, decisions: 0, medianSeconds: null },
      { queue: 'general', slaBreaches: 2, decisions: 3, medianSeconds: 3600 },
      { queue: 'serious', slaBreaches: 0, decisions: 1, medianSeconds: 7200 },
    ]);
  });
});
