import type { Money } from '../../../platform/events/event-types.js';

// Events carry money in minor units (fen); the engine reads prices as people write them (199 元),
// and its brand floors are in yuan.

const digitsByCurrency = new Map<string, number>();

function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** An amount of minor units in major units: 19900 fen → 199 (CNY), 500 yen → 500 (JPY). */
export function toMajorUnits(amount: number, currency: string): number {
  return amount / 10 ** minorDigits(currency);
}

/** A Money of the events in the engine's major units, currency kept. */
export function engineMoney(money: Money): { amount: number; currency: string } {
  return { amount: toMajorUnits(money.amount, money.currency), currency: money.currency };
}
