import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/** Turns any thrown error into a sentence in the current language, preferring the API's code. */
export function useDescribeError(): (error: unknown) => string {
  const { t, i18n } = useTranslation('errors');
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const key = `errors:${error.code}`;
        if (i18n.exists(key)) return String(i18n.t(key as never));
        if (error.status === 403) return t('auth.forbidden');
        return t('fallback', { message: error.message });
      }
      return t('fallback', { message: error instanceof Error ? error.message : String(error) });
    },
    [t, i18n],
  );
}
