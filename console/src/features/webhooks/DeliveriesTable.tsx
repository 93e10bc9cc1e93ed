import { Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { DeliveryStatusTag } from './DeliveryStatusTag';
import { RedeliverButton } from './RedeliverButton';
import type { Delivery, DeliveryStatus } from './webhooks.api';

interface DeliveriesTableProps {
  deliveries: Delivery[];
  loading: boolean;
  onOpen: (deliveryId: string) => void;
}

export function DeliveriesTable({ deliveries, loading, onOpen }: DeliveriesTableProps) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<Delivery> = [
    {
      title: t('delivery.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    { title: t('delivery.eventType'), dataIndex: 'eventType', width: 190 },
    {
      title: t('delivery.endpoint'),
      dataIndex: 'endpointUrl',
      width: 260,
      ellipsis: true,
      render: (url: string) => <Typography.Text title={url}>{url}</Typography.Text>,
    },
    {
      title: t('delivery.status'),
      dataIndex: 'status',
      width: 110,
      render: (status: DeliveryStatus) => <DeliveryStatusTag status={status} />,
    },
    { title: t('delivery.attempts'), dataIndex: 'attempts', width: 110, align: 'right' },
    {
      title: t('delivery.lastStatusCode'),
      dataIndex: 'lastStatusCode',
      width: 120,
      render: (code: number | null) => code ?? tc('empty'),
    },
    {
      title: t('delivery.lastError'),
      dataIndex: 'lastError',
      width: 220,
      ellipsis: true,
      render: (error: string | null) =>
        error ? (
          <Typography.Text type="danger" title={error}>
            {error}
          </Typography.Text>
        ) : (
          tc('empty')
        ),
    },
    {
      title: t('delivery.nextAttemptAt'),
      dataIndex: 'nextAttemptAt',
      width: 180,
      render: (value: string | null) => <DateTime value={value} />,
    },
    {
      title: tc('table.actions'),
      key: 'actions',
      fixed: 'right',
      width: 200,
      render: (_, delivery) => (
        <Space size="small">
          <Button size="small" type="link" onClick={() => onOpen(delivery.id)}>
            {tc('actions.details')}
          </Button>
          <RedeliverButton deliveryId={delivery.id} size="small" />
        </Space>
      ),
    },
  ];
  return (
    <Table<Delivery>
      rowKey="id"
      columns={columns}
      dataSource={deliveries}
      loading={loading}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      scroll={{ x: 1560 }}
      data-testid="deliveries-table"
    />
  );
}
