import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus } from './webhooks.api';

const colors: Record<DeliveryStatus, string> = {
  pending: 'processing',
  succeeded: 'success',
  failing: 'warning',
  dead: 'error',
};

export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('webhooks');
  return <Tag color={colors[status]}>{t(`deliveryStatus.${status}`)}</Tag>;
}
