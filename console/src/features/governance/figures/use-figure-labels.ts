import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type DurationUnit, durationParts } from './figures-view';

/**
 * Labels for the keys the server sends (actions, subject kinds): the console's name when it has
 * one, else the key itself, so a new action shows up rather than a blank.
 */
export function useFigureLabels() {
  const { t, i18n } = useTranslation('figures');
  const label = useCallback((key: string) => (i18n.exists(key) ? String(i18n.t(key as never)) : null), [i18n]);
  const action = useCallback((a: string) => label(`governance:action.${a}`) ?? a, [label]);
  const subjectKind = useCallback((k: string) => label(`figures:subjectKind.${k}`) ?? k, [label]);
  const duration = useCallback(
    (seconds: number | null) =>
      seconds === null
        ? t('cards.none')
        : durationParts(seconds)
            .map((p) => t(`duration.${p.unit satisfies DurationUnit}`, { count: p.value }))
            .join(' '),
    [t],
  );
  return { action, subjectKind, duration };
}
