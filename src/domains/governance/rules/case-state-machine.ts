// The life of a case: open → in_review → decided → appealed → closed, and back to open when a
// lead reopens it. Which actor may take which step is part of the rule, and so is time: the
// affected party may appeal only within the appeal window, and the system closes a decided case
// only once that window has passed.

export const CASE_STATES = ['open', 'in_review', 'decided', 'appealed', 'closed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** States in which a case waits for a reviewer: its SLA runs, and new evidence joins it. */
export const ACTIVE_CASE_STATES = ['open', 'in_review'] as const satisfies readonly CaseState[];

export const CASE_ACTIONS = [
  'claim',
  'release',
  'decide',
  'appeal',
  'resolve_appeal',
  'reconsider',
  'close',
  'reopen',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Who acts: a timer or intake (system), a reviewer, a lead (or admin), the merchant or host affected. */
export const CASE_ACTORS = ['system', 'reviewer', 'lead', 'subject'] as const;
export type CaseActor = (typeof CASE_ACTORS)[number];

interface TransitionRule {
  from: readonly CaseState[];
  to: CaseState;
  actors: readonly CaseActor[];
}

export const CASE_TRANSITIONS: Readonly<Record<CaseAction, TransitionRule>> = {
  claim: { from: ['open'], to: 'in_review', actors: ['reviewer', 'lead'] },
  release: { from: ['in_review'], to: 'open', actors: ['reviewer', 'lead', 'system'] },
  decide: { from: ['in_review'], to: 'decided', actors: ['reviewer', 'lead'] },
  appeal: { from: ['decided'], to: 'appealed', actors: ['subject'] },
  resolve_appeal: { from: ['appealed'], to: 'closed', actors: ['reviewer', 'lead'] },
  // An appeal that modifies the decision: the appealed one is reversed and the case is decided anew.
  reconsider: { from: ['appealed'], to: 'in_review', actors: ['reviewer', 'lead'] },
  close: { from: ['decided'], to: 'closed', actors: ['system', 'lead'] },
  reopen: { from: ['decided', 'closed'], to: 'open', actors: ['lead'] },
};

export const DEFAULT_APPEAL_WINDOW_MS = 180 * 24 * 3_600_000;

export interface CaseLifecycle {
  state: CaseState;
  /** When the standing decision was taken; null while there is none. */
  decidedAt: Date | null;
}

export interface LifecycleRules {
  appealWindowMs: number;
}

export type TransitionRefusal = 'wrong_state' | 'actor_not_allowed' | 'appeal_window_closed' | 'appeal_window_open';

export type TransitionResult = { ok: true; lifecycle: CaseLifecycle } | { ok: false; refusal: TransitionRefusal };

function appealWindowOpen(decidedAt: Date | null, at: Date, rules: LifecycleRules): boolean {
  return decidedAt !== null && at.getTime() - decidedAt.getTime() <= rules.appealWindowMs;
}

export function transitionCase(
  current: CaseLifecycle,
  action: CaseAction,
  actor: CaseActor,
  at: Date,
  rules: LifecycleRules = { appealWindowMs: DEFAULT_APPEAL_WINDOW_MS },
): TransitionResult {
  const rule = CASE_TRANSITIONS[action];
  if (!rule.from.includes(current.state)) return { ok: false, refusal: 'wrong_state' };
  if (!rule.actors.includes(actor)) return { ok: false, refusal: 'actor_not_allowed' };
  if (action === 'appeal' && !appealWindowOpen(current.decidedAt, at, rules)) {
    return { ok: false, refusal: 'appeal_window_closed' };
  }
  // A lead may close at once (the party waived the appeal, say); the system waits out the window.
  if (action === 'close' && actor === 'system' && appealWindowOpen(current.decidedAt, at, rules)) {
    return { ok: false, refusal: 'appeal_window_open' };
  }
  const decidedAt =
    action === 'decide' ? at : action === 'reopen' || action === 'reconsider' ? null : current.decidedAt;
  return { ok: true, lifecycle: { state: rule.to, decidedAt } };
}

export function isActiveCaseState(state: CaseState): boolean {
  return (ACTIVE_CASE_STATES as readonly CaseState[]).includes(state);
}
