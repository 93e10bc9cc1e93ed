import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';

export const DAY_MS = 86_400_000;
/** The longest range one request may ask for: a quarter. */
export const MAX_FIGURES_DAYS = 92;

/** Whole UTC days, both ends included. */
export interface FiguresRange {
  /** `YYYY-MM-DD` */
  from: string;
  /** `YYYY-MM-DD`, included. */
  to: string;
  /** The first instant of `from`. */
  start: Date;
  /** The first instant after `to`. */
  end: Date;
  /** Every day of the range, in order. */
  days: string[];
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function dayStart(field: 'from' | 'to', value: string | undefined): Date {
  if (value === undefined || value === '') {
    throw new GovernanceError(GovernanceErrorCode.FiguresRangeInvalid, `${field} is required (YYYY-MM-DD)`, { field });
  }
  const t = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls 2026-02-30 over to March; a day that does not round-trip does not exist.
  if (Number.isNaN(t) || utcDay(new Date(t)) !== value) {
    throw new GovernanceError(GovernanceErrorCode.FiguresRangeInvalid, `${field} is not a day (YYYY-MM-DD): ${value}`, {
      field,
    });
  }
  return new Date(t);
}

/** Parses `from` and `to` (UTC days, inclusive); throws governance.figures_range_invalid. */
export function parseFiguresRange(from: string | undefined, to: string | undefined): FiguresRange {
  const start = dayStart('from', from);
  const last = dayStart('to', to);
  if (last.getTime() < start.getTime()) {
    throw new GovernanceError(GovernanceErrorCode.FiguresRangeInvalid, 'to must not be before from', { field: 'to' });
  }
  const count = (last.getTime() - start.getTime()) / DAY_MS + 1;
  if (count > MAX_FIGURES_DAYS) {
    throw new GovernanceError(
      GovernanceErrorCode.FiguresRangeInvalid,
      `a range covers at most ${MAX_FIGURES_DAYS} days; this one has ${count}`,
      { field: 'to', maxDays: MAX_FIGURES_DAYS },
    );
  }
  const days = Array.from({ length: count }, (_, i) => utcDay(new Date(start.getTime() + i * DAY_MS)));
  return {
    from: utcDay(start),
    to: utcDay(last),
    start,
    end: new Date(last.getTime() + DAY_MS),
    days,
  };
}
