import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Endpoint } from './webhooks.api';

/** A disabled endpoint shows why (e.g. the receiver answered 410 Gone) on hover. */
export function EndpointStatusTag({ endpoint }: { endpoint: Pick<Endpoint, 'status' | 'disabledReason'> }) {
  const { t } = useTranslation('webhooks');
  const tag = (
    <Tag color={endpoint.status === 'active' ? 'green' : 'default'}>{t(`endpointStatus.${endpoint.status}`)}</Tag>
  );
  return endpoint.disabledReason ? <Tooltip title={endpoint.disabledReason}>{tag}</Tooltip> : tag;
}
