import { Descriptions, Drawer, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DeliveryAttemptsTable } from './DeliveryAttemptsTable';
import { DeliveryStatusTag } from './DeliveryStatusTag';
import { RedeliverButton } from './RedeliverButton';
import type { DeliveryDetail } from './webhooks.api';
import { useDelivery } from './webhooks.queries';

function DeliverySummary({ detail }: { detail: DeliveryDetail }) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const { delivery } = detail;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        {
          key: 'messageId',
          label: t('delivery.messageId'),
          children: <Typography.Text copyable>{delivery.messageId}</Typography.Text>,
        },
        { key: 'eventType', label: t('delivery.eventType'), children: delivery.eventType },
        { key: 'endpoint', label: t('delivery.endpoint'), children: delivery.endpointUrl },
        { key: 'status', label: t('delivery.status'), children: <DeliveryStatusTag status={delivery.status} /> },
        { key: 'attempts', label: t('delivery.attempts'), children: delivery.attempts },
        { key: 'createdAt', label: t('delivery.createdAt'), children: <DateTime value={delivery.createdAt} /> },
        { key: 'deliveredAt', label: t('delivery.deliveredAt'), children: <DateTime value={delivery.deliveredAt} /> },
        {
          key: 'nextAttemptAt',
          label: t('delivery.nextAttemptAt'),
          children: <DateTime value={delivery.nextAttemptAt} />,
        },
        { key: 'lastError', label: t('delivery.lastError'), children: delivery.lastError ?? tc('empty') },
      ]}
    />
  );
}

interface DeliveryDrawerProps {
  deliveryId: string | null;
  onClose: () => void;
}

export function DeliveryDrawer({ deliveryId, onClose }: DeliveryDrawerProps) {
  const { t } = useTranslation('webhooks');
  const detail = useDelivery(deliveryId);
  return (
    <Drawer
      open={deliveryId !== null}
      onClose={onClose}
      size={720}
      title={t('delivery.drawerTitle')}
      extra={deliveryId ? <RedeliverButton deliveryId={deliveryId} /> : null}
      data-testid="delivery-drawer"
    >
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {detail.isPending && deliveryId ? <Spin /> : null}
      {detail.data ? (
        <Flex vertical gap="large">
          <DeliverySummary detail={detail.data} />
          <div>
            <Typography.Title level={5}>{t('delivery.attemptsTitle')}</Typography.Title>
            <DeliveryAttemptsTable attempts={detail.data.attempts} />
          </div>
          <div>
            <Typography.Title level={5}>{t('delivery.payloadTitle')}</Typography.Title>
            <Typography.Paragraph copyable={{ text: JSON.stringify(detail.data.payload, null, 2) }}>
              <pre style={{ maxHeight: 400, overflow: 'auto', margin: 0 }}>
                {JSON.stringify(detail.data.payload, null, 2)}
              </pre>
            </Typography.Paragraph>
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
