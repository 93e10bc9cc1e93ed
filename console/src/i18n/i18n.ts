import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, readStoredLanguage } from './languages';
import { resources } from './resources';

const initialLanguage = readStoredLanguage();
document.documentElement.lang = initialLanguage;

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage,
  fallbackLng: defaultLanguage,
  defaultNS: 'common',
  ns: Object.keys(resources[defaultLanguage]),
  interpolation: { escapeValue: false },
});

export { i18next };
