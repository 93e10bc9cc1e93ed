import type { RawScreenResponse } from './screen.api';
import type { Finding, Outcome, PolicyRule } from './screening.types';

export interface PolicyRef {
  /** Null for the built-in default policy, which has no stored version. */
  version: number | null;
  name: string;
}

export interface ScreenResult {
  outcome: Outcome;
  score: number;
  findings: Finding[];
  policy: PolicyRef;
  rules: PolicyRule[];
  shadow: { version: number; outcome: Outcome } | null;
}

/** Reads either shape of the screen answer: the older one names the policy and lists no rules. */
export function toScreenResult(raw: RawScreenResponse): ScreenResult {
  const policy: PolicyRef =
    typeof raw.policy === 'string'
      ? { version: null, name: raw.policy }
      : { version: raw.policy?.version ?? null, name: raw.policy?.name ?? '' };
  return {
    outcome: raw.outcome,
    score: raw.score,
    findings: raw.findings ?? [],
    policy,
    rules: raw.rules ?? [],
    shadow: raw.shadow ?? null,
  };
}
