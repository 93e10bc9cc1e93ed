import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the policy behind a decision. Screen answers give `{ version, name }` (version null for the
 * built-in default); older answers and stored verdicts may carry a bare name or version instead.
 */
export function usePolicyLabel(): (policy: unknown) => string {
  const { t } = useTranslation('screening');
  return useCallback(
    (policy: unknown) => {
      if (typeof policy === 'string' || typeof policy === 'number') return String(policy);
      if (policy && typeof policy === 'object') {
        const { version, name } = policy as { version?: unknown; name?: unknown };
        const label = typeof name === 'string' ? name : '';
        if (typeof version === 'number') return t('policyLabel.versioned', { name: label, version });
        return t('policyLabel.builtIn', { name: label });
      }
      return t('policyLabel.unknown');
    },
    [t],
  );
}
