import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { formatDateTime } from '../lib/format-time';

/** A UTC instant shown in local time; the exact ISO value is in the tooltip. */
export function DateTime({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  if (!value) return <>{t('empty')}</>;
  return (
    <time dateTime={value} title={value}>
      {formatDateTime(value, language)}
    </time>
  );
}
