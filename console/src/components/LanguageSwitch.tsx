import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';

const options: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** Each option names its language in that language, so it is found whatever the current one is. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      options={options}
      value={language}
      onChange={setLanguage}
      aria-label={t('header.language')}
      data-testid="lang-switch"
    />
  );
}
