import type { IdentifierKind } from './identity-hash.js';

// The onboarding check is data: each rule says which answer a match with an account in some
// standing gets, when the identifiers that matched include one of `anyOf`. The gravest answer of
// every rule that fires over every matched account wins.

export const ONBOARDING_ANSWERS = ['allow', 'review', 'deny'] as const;
export type OnboardingAnswer = (typeof ONBOARDING_ANSWERS)[number];

export type AccountStanding = 'banned' | 'suspended';

export interface OnboardingRule {
  answer: Exclude<OnboardingAnswer, 'allow'>;
  standing: AccountStanding;
  anyOf: readonly IdentifierKind[];
}

export const DEFAULT_ONBOARDING_RULES: readonly OnboardingRule[] = [
  // What identifies a person or a business for certain: the same one coming back.
  { answer: 'deny', standing: 'banned', anyOf: ['id_number', 'business_licence', 'payment_account'] },
  // Phones and devices are shared (families, shops, second-hand phones): a person looks first.
  { answer: 'review', standing: 'banned', anyOf: ['phone', 'device_id'] },
  {
    answer: 'review',
    standing: 'suspended',
    anyOf: ['id_number', 'business_licence', 'payment_account', 'phone', 'device_id'],
  },
];

const RANK: Record<OnboardingAnswer, number> = { allow: 0, review: 1, deny: 2 };

export interface AccountMatch {
  standing: AccountStanding;
  matchedKinds: readonly IdentifierKind[];
}

/** The answer for one matched account: the gravest rule that fires, or allow. */
export function answerForMatch(
  match: AccountMatch,
  rules: readonly OnboardingRule[] = DEFAULT_ONBOARDING_RULES,
): OnboardingAnswer {
  let answer: OnboardingAnswer = 'allow';
  for (const rule of rules) {
    if (rule.standing !== match.standing) continue;
    if (!rule.anyOf.some((k) => match.matchedKinds.includes(k))) continue;
    if (RANK[rule.answer] > RANK[answer]) answer = rule.answer;
  }
  return answer;
}

export function graverAnswer(a: OnboardingAnswer, b: OnboardingAnswer): OnboardingAnswer {
  return RANK[b] > RANK[a] ? b : a;
}

export function answerRank(a: OnboardingAnswer): number {
  return RANK[a];
}
