import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { DeliveryAttempt } from './webhooks.api';

export function DeliveryAttemptsTable({ attempts }: { attempts: DeliveryAttempt[] }) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<DeliveryAttempt> = [
    {
      title: t('delivery.attemptedAt'),
      dataIndex: 'attemptedAt',
      render: (value: string) => <DateTime value={value} />,
    },
    {
      title: t('delivery.lastStatusCode'),
      dataIndex: 'statusCode',
      render: (code: number | null) => code ?? tc('empty'),
    },
    { title: t('delivery.durationMs'), dataIndex: 'durationMs', align: 'right' },
    {
      title: t('delivery.error'),
      dataIndex: 'error',
      render: (error: string | null) =>
        error ? <Typography.Text type="danger">{error}</Typography.Text> : tc('empty'),
    },
  ];
  return (
    <Table<DeliveryAttempt>
      size="small"
      columns={columns}
      // Attempts have no id of their own; the server lists them in order and never reorders them.
      dataSource={attempts.map((attempt, index) => ({ ...attempt, key: index }))}
      pagination={false}
      locale={{ emptyText: t('delivery.noAttempts') }}
    />
  );
}
