import { describe, expect, it } from 'vitest';
import { answerForMatch, type OnboardingRule } from './onboarding-rules.js';

describe('onboarding rules', () => {
  it('deny a banned account coming back with its ID, licence or payment account', () => {
    for (const kind of ['id_number', 'business_licence', 'payment_account'] as const) {
      expect(answerForMatch({ standing: 'banned', matchedKinds: [kind] })).toBe('deny');
      expect(answerForMatch({ standing: 'banned', matchedKinds: ['phone', kind] })).toBe('deny');
    }
  });

  it('send to review a match on phone or device only, and any match with a suspended account', () => {
    expect(answerForMatch({ standing: 'banned', matchedKinds: ['phone'] })).toBe('review');
    expect(answerForMatch({ standing: 'banned', matchedKinds: ['device_id', 'phone'] })).toBe('review');
    expect(answerForMatch({ standing: 'suspended', matchedKinds: ['id_number'] })).toBe('review');
    expect(answerForMatch({ standing: 'suspended', matchedKinds: ['device_id'] })).toBe('review');
  });

  it('are data: other rules give other answers', () => {
    const strict: OnboardingRule[] = [{ answer: 'deny', standing: 'banned', anyOf: ['phone'] }];
    expect(answerForMatch({ standing: 'banned', matchedKinds: ['phone'] }, strict)).toBe('deny');
    expect(answerForMatch({ standing: 'banned', matchedKinds: ['id_number'] }, strict)).toBe('allow');
    expect(answerForMatch({ standing: 'suspended', matchedKinds: ['phone'] }, strict)).toBe('allow');
  });
});
