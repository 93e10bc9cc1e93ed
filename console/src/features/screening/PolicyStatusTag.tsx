import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyStatus } from './policies.api';

const colors: Record<PolicyStatus, string> = {
  draft: 'default',
  shadow: 'purple',
  active: 'green',
  retired: 'default',
};

export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation('screening');
  return (
    <Tag
      color={colors[status] ?? 'default'}
      data-status={status}
      style={status === 'retired' ? { opacity: 0.6 } : undefined}
    >
      {t(`policyStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}
