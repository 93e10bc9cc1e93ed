// The Standard Webhooks schedule: after the first attempt fails, wait 5 s, 5 min, 30 min, 2 h,
// 5 h, 10 h and 10 h; after the last, the delivery is dead (it can still be redelivered by hand).
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** The wait before the next try after `attempts` failed attempts, or null when none is left. */
export function nextRetryDelay(schedule: readonly number[], attempts: number): number | null {
  return attempts >= 1 && attempts <= schedule.length ? (schedule[attempts - 1] ?? null) : null;
}
