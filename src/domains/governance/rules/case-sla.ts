import type { CasePriority } from './case-priority.js';

/** Time from opening (or from a rise in priority) to a decision, per priority. */
export type SlaPolicy = Readonly<Record<CasePriority, number>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_SLA: SlaPolicy = {
  emergency: 15 * MINUTE,
  high: 2 * HOUR,
  normal: 24 * HOUR,
  low: 72 * HOUR,
};

/** The last part of its SLA in which a case counts as due soon. */
export const DUE_SOON_SHARE = 0.25;

export const SLA_STATES = ['breached', 'due_soon', 'ok'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export function dueAtFor(priority: CasePriority, from: Date, sla: SlaPolicy = DEFAULT_SLA): Date {
  return new Date(from.getTime() + sla[priority]);
}

/**
 * The due time after a rise in priority: the new priority's SLA from now, but never later than
 * the deadline the case already had.
 */
export function dueAtAfterRaise(
  currentDue: Date,
  priority: CasePriority,
  now: Date,
  sla: SlaPolicy = DEFAULT_SLA,
): Date {
  const fresh = dueAtFor(priority, now, sla);
  return fresh.getTime() < currentDue.getTime() ? fresh : currentDue;
}

export function slaStateOf(dueAt: Date, priority: CasePriority, now: Date, sla: SlaPolicy = DEFAULT_SLA): SlaState {
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return 'breached';
  return left <= sla[priority] * DUE_SOON_SHARE ? 'due_soon' : 'ok';
}
