import { ACTION_RULES, type ActionRequest } from '../rules/sanction-actions.js';
import type { Track, ViolationCatalogue } from '../rules/violation-catalogue.js';

// What an emergency case (a stream screening stopped) proposes to its reviewer: the violation the
// gravest finding points at, and the measures the catalogue defaults to, plus a live suspension
// whose length follows the violation's points. A hint for the decision form, never a decision.

/** Days of suspend_live per violation points: the first step whose minPoints the points reach. */
export interface SuspendLiveStep {
  minPoints: number;
  days: number;
}

export const DEFAULT_SUSPEND_LIVE_STEPS: readonly SuspendLiveStep[] = [
  { minPoints: 24, days: 30 },
  { minPoints: 12, days: 7 },
  { minPoints: 4, days: 3 },
];

export interface SanctionProposal {
  /** null when the finding's category is no violation type of the catalogue. */
  violationType: string | null;
  track: Track | null;
  points: number;
  actions: ActionRequest[];
  /** Why these: the category and severity the proposal came from. */
  basis: { category: string; severity: number };
}

export function proposeSanction(
  catalogue: ViolationCatalogue,
  category: string,
  severity: number,
  targetKind: string,
  steps: readonly SuspendLiveStep[] = DEFAULT_SUSPEND_LIVE_STEPS,
): SanctionProposal {
  const spec = Object.hasOwn(catalogue.violations, category) ? catalogue.violations[category] : undefined;
  if (!spec) return { violationType: null, track: null, points: 0, actions: [], basis: { category, severity } };
  // The stream is already stopped (a proposal that repeats it would act twice), and a default
  // made for another target kind (remove_listing on a stream) does not fit the case.
  const fits = (a: (typeof spec.default)[number]) => {
    const need = ACTION_RULES[a].targetKind;
    return a !== 'stop_stream' && (need === undefined || need === targetKind);
  };
  const actions: ActionRequest[] = spec.default.filter(fits).map((type) => ({ type }));
  const step = steps.find((s) => spec.points >= s.minPoints);
  const suspend = actions.find((a) => a.type === 'suspend_live');
  if (suspend) suspend.days = step?.days ?? steps.at(-1)?.days ?? 1;
  else if (step && spec.actions.includes('suspend_live')) actions.push({ type: 'suspend_live', days: step.days });
  return { violationType: category, track: spec.track, points: spec.points, actions, basis: { category, severity } };
}
