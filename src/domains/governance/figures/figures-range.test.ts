import { describe, expect, it } from 'vitest';
import { GovernanceError } from '../governance.errors.js';
import { parseFiguresRange, utcDay } from './figures-range.js';

describe('parseFiguresRange', () => {
  it('covers whole UTC days, both ends included', () => {
    const r = parseFiguresRange('2026-02-27', '2026-03-01');
    expect(r.days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(r.start.toISOString()).toBe('2026-02-27T00:00:00.000Z');
    expect(r.end.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(parseFiguresRange('2026-12-03', '2026-12-03').days).toEqual(['2026-12-03']);
  });

  it('refuses missing, malformed, impossible, inverted and over-long ranges', () => {
    const cases: [string | undefined, string | undefined, string][] = [
      [undefined, '2026-12-01', 'from'],
      ['2026-12-01', '', 'to'],
      ['2026-13-01', '2026-12-01', 'from'],
      ['2026-02-29', '2026-03-01', 'from'],
      ['2026-12-02', '2026-12-01', 'to'],
      ['2026-01-01', '2026-04-03', 'to'],
    ];
    for (const [from, to, field] of cases) {
      let caught: unknown;
      try {
        parseFiguresRange(from, to);
      } catch (e) {
        caught = e;
      }
      expect(caught, `${from}..${to}`).toBeInstanceOf(GovernanceError);
      expect((caught as GovernanceError).code).toBe('governance.figures_range_invalid');
      expect((caught as GovernanceError).details).toMatchObject({ field });
    }
    // 2026-01-01 to 2026-04-02 is 92 days: the most allowed.
    expect(parseFiguresRange('2026-01-01', '2026-04-02').days).toHaveLength(92);
  });

  it('names the UTC day of an instant', () => {
    expect(utcDay(new Date('2026-12-01T23:59:59.999Z'))).toBe('2026-12-01');
    expect(utcDay(new Date('2026-12-02T07:00:00+08:00'))).toBe('2026-12-01');
  });
});
