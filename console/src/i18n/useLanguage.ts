import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language, storeLanguage } from './languages';

/** The current UI language and a setter that also persists it and tags the document. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const setLanguage = useCallback(
    (language: Language) => {
      storeLanguage(language);
      document.documentElement.lang = language;
      void i18n.changeLanguage(language);
    },
    [i18n],
  );
  return [current, setLanguage];
}
