import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';

export const DAY_MS = 86_400_000;
/** The longest range one HTTP request may ask for; the CLI walks longer ranges in windows. */
export const MAX_HTTP_RANGE_DAYS = 31;

export interface DsaRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

function instant(field: 'from' | 'to', value: string | undefined): Date {
  if (value === undefined || value === '') {
    throw new GovernanceError(GovernanceErrorCode.DsaRangeInvalid, `${field} is required (an ISO 8601 time)`, {
      field,
    });
  }
  // Date.parse takes more than ISO 8601 ("Dec 3 2026"); ask for the ISO shape first.
  const t = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(t)) {
    throw new GovernanceError(GovernanceErrorCode.DsaRangeInvalid, `${field} is not an ISO 8601 time: ${value}`, {
      field,
    });
  }
  return new Date(t);
}

/** The decisions that took effect in [from, to); maxDays caps the range (none for the CLI). */
export function parseDsaRange(from: string | undefined, to: string | undefined, maxDays?: number): DsaRange {
  const range = { from: instant('from', from), to: instant('to', to) };
  if (range.to.getTime() <= range.from.getTime()) {
    throw new GovernanceError(GovernanceErrorCode.DsaRangeInvalid, 'to must be after from', { field: 'to' });
  }
  if (maxDays !== undefined && range.to.getTime() - range.from.getTime() > maxDays * DAY_MS) {
    throw new GovernanceError(GovernanceErrorCode.DsaRangeInvalid, `a range covers at most ${maxDays} days`, {
      field: 'to',
      maxDays,
    });
  }
  return range;
}
