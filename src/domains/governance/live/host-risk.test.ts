import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOST_RISK_RULES,
  HOST_RISK_LEVELS,
  type HostHistory,
  type HostRiskRules,
  hostRiskOf,
} from './host-risk.js';

const clean: HostHistory = {
  seriousPoints: 0,
  generalPoints: 0,
  violations30d: 0,
  violations90d: 0,
  activeSanctions: 0,
  reports: 0,
  viewers: null,
  streams: 0,
};

const history = fc.record({
  seriousPoints: fc.integer({ min: 0, max: 60 }),
  generalPoints: fc.integer({ min: 0, max: 60 }),
  violations30d: fc.integer({ min: 0, max: 10 }),
  violations90d: fc.integer({ min: 0, max: 20 }),
  activeSanctions: fc.integer({ min: 0, max: 5 }),
  reports: fc.integer({ min: 0, max: 200 }),
  viewers: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
  streams: fc.integer({ min: 0, max: 100 }),
});

const rank = (l: string) => HOST_RISK_LEVELS.indexOf(l as (typeof HOST_RISK_LEVELS)[number]);

describe('host risk level', () => {
  it('is low for a clean history, with no reasons', () => {
    expect(hostRiskOf(clean)).toEqual({ level: 'low', reasons: [] });
  });

  it('names each signal that set the level', () => {
    expect(hostRiskOf({ ...clean, seriousPoints: 12 })).toEqual({
      level: 'high',
      reasons: [{ signal: 'serious_points', value: 12, threshold: 12, level: 'high' }],
    });
    const medium = hostRiskOf({ ...clean, generalPoints: 12, violations30d: 1, violations90d: 1 });
    expect(medium.level).toBe('medium');
    expect(medium.reasons.map((r) => r.signal)).toEqual(['general_points', 'violations_30d']);
    const mixed = hostRiskOf({ ...clean, violations30d: 1, violations90d: 5 });
    expect(mixed.level).toBe('high');
    expect(mixed.reasons[0]).toMatchObject({ signal: 'violations_90d', level: 'high' });
  });

  it('takes the report rate per 1,000 viewers when viewers are known, else per stream', () => {
    const perViewer = hostRiskOf({ ...clean, reports: 5, viewers: 1_000, streams: 1 });
    expect(perViewer.reasons).toEqual([{ signal: 'reports_per_1000_viewers', value: 5, threshold: 5, level: 'high' }]);
    // The same 5 reports over 100,000 viewers are a small share.
    expect(hostRiskOf({ ...clean, reports: 5, viewers: 100_000, streams: 1 }).level).toBe('low');
    expect(hostRiskOf({ ...clean, reports: 4, streams: 2 }).reasons).toEqual([
      { signal: 'reports_per_stream', value: 2, threshold: 2, level: 'high' },
    ]);
    // No stream seen: the reports count against one.
    expect(hostRiskOf({ ...clean, reports: 1 }).level).toBe('medium');
  });

  it('follows the thresholds it is given', () => {
    const strict: HostRiskRules = { reportWindowDays: 30, medium: {}, high: { general_points: 1 } };
    expect(hostRiskOf({ ...clean, generalPoints: 1 }, strict).level).toBe('high');
    expect(hostRiskOf({ ...clean, seriousPoints: 50 }, strict).level).toBe('low');
  });

  it('never falls when any signal grows (monotone)', () => {
    const keys = [
      'seriousPoints',
      'generalPoints',
      'violations30d',
      'violations90d',
      'activeSanctions',
      'reports',
    ] as const;
    fc.assert(
      fc.property(history, fc.constantFrom(...keys), fc.integer({ min: 1, max: 50 }), (h, key, more) => {
        const before = hostRiskOf(h).level;
        const after = hostRiskOf({ ...h, [key]: h[key] + more }).level;
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
    );
  });

  it('is the highest level among its reasons, and every reason reaches its threshold', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { level, reasons } = hostRiskOf(h);
        const top = reasons.reduce((m, r) => Math.max(m, rank(r.level)), 0);
        expect(rank(level)).toBe(top);
        for (const r of reasons) {
          expect(r.value).toBeGreaterThanOrEqual(r.threshold);
          expect(DEFAULT_HOST_RISK_RULES[r.level][r.signal]).toBe(r.threshold);
        }
      }),
    );
  });
});
