import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexiconCategory } from './screening.types';

/** The name of a finding category; a category the console does not know yet shows as its code. */
export function useCategoryLabel(): (category: string) => string {
  const { t } = useTranslation('screening');
  return useCallback(
    (category: string) => t(`category.${category as LexiconCategory}`, { defaultValue: category }),
    [t],
  );
}
