import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors = ['default', 'default', 'blue', 'gold', 'orange', 'red'];

/** Severity 1 (mild) to 5 (always blocks under the default policy). */
export function SeverityTag({ severity }: { severity: number }) {
  const { t } = useTranslation('screening');
  return <Tag color={colors[severity] ?? 'default'}>{t('finding.severityValue', { severity })}</Tag>;
}
