import { type CompiledPolicy, evaluatePolicy, type PolicyInput, type PolicyRule } from './evaluate-policy.js';
import type { PolicyOutcome } from './policy-document.js';

/** A policy's decision on a live segment: its rules, or the session's risk score crossing its threshold. */
export function liveDecision(
  policy: CompiledPolicy,
  input: PolicyInput,
  sessionScore: number,
): { outcome: PolicyOutcome; rules: readonly PolicyRule[]; byScore: boolean } {
  const { outcome, rules } = evaluatePolicy(policy, input);
  const byScore = outcome !== 'stop_stream' && sessionScore >= policy.live.stopScore;
  return { outcome: byScore ? 'stop_stream' : outcome, rules, byScore };
}
