// An account's standing on the simulated platform: the measures Xinren put in force on it, its
// deposit and its settlement. Times are epoch milliseconds of the simulation clock; Infinity is a
// measure with no end.

/** The measures that hold on an account until their end or a lift. */
export const ACCOUNT_MEASURES = [
  'restrict_traffic',
  'suspend_live',
  'forbid_new_listings',
  'freeze_settlement',
  'suspend_account',
  'terminate_account',
] as const;
export type AccountMeasure = (typeof ACCOUNT_MEASURES)[number];

export function isAccountMeasure(action: string): action is AccountMeasure {
  return (ACCOUNT_MEASURES as readonly string[]).includes(action);
}

export interface Standing {
  /** The end of each measure in force; absent when it does not hold. */
  measures: Partial<Record<AccountMeasure, number>>;
  warnings: number;
  /** Minor units (fen). */
  deposit: number;
  /** Deductions by sanction id, so that a reversed one is refunded exactly once. */
  deductions: Map<string, number>;
  /** Delivered orders' money paid out, and money held while settlement is frozen. */
  settled: number;
  heldSettlement: number;
}

export function newStanding(deposit = 0): Standing {
  return { measures: {}, warnings: 0, deposit, deductions: new Map(), settled: 0, heldSettlement: 0 };
}

export function holds(standing: Standing, measure: AccountMeasure, now: number): boolean {
  const until = standing.measures[measure];
  return until !== undefined && now < until;
}

/** Neither suspended nor terminated. */
export function inGoodStanding(standing: Standing, now: number): boolean {
  return !holds(standing, 'suspend_account', now) && !holds(standing, 'terminate_account', now);
}
