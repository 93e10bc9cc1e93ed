import type { PolicyStatus, PolicyTarget } from './policies.api';

// Mirrors the server's lifecycle (409 screening.invalid_transition otherwise): draft → shadow → active,
// a draft may skip the shadow run, and a retired version may come back. The active version is never
// retired directly, only replaced by activating another, so screening always has a policy.
const next: Record<PolicyStatus, readonly PolicyTarget[]> = {
  draft: ['shadow', 'active', 'retired'],
  shadow: ['active', 'retired'],
  active: [],
  retired: ['shadow', 'active'],
};

export function policyTransitions(status: PolicyStatus): readonly PolicyTarget[] {
  return next[status] ?? [];
}
