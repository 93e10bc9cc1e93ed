import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { EndpointActions } from './EndpointActions';
import { EndpointStatusTag } from './EndpointStatusTag';
import { EventTypeTags } from './EventTypeTags';
import type { Endpoint } from './webhooks.api';

interface EndpointsTableProps {
  endpoints: Endpoint[];
  loading: boolean;
  onShowDeliveries: (endpointId: string) => void;
}

export function EndpointsTable({ endpoints, loading, onShowDeliveries }: EndpointsTableProps) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<Endpoint> = [
    {
      title: t('endpoint.url'),
      dataIndex: 'url',
      render: (url: string, endpoint) => (
        <>
          <Typography.Text copyable>{url}</Typography.Text>
          {endpoint.description ? (
            <div>
              <Typography.Text type="secondary">{endpoint.description}</Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    {
      title: t('endpoint.eventTypes'),
      dataIndex: 'eventTypes',
      render: (types: string[]) => <EventTypeTags eventTypes={types} />,
    },
    {
      title: t('endpoint.status'),
      key: 'status',
      width: 110,
      render: (_, endpoint) => <EndpointStatusTag endpoint={endpoint} />,
    },
    {
      title: tc('table.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    {
      title: tc('table.actions'),
      key: 'actions',
      render: (_, endpoint) => <EndpointActions endpoint={endpoint} onShowDeliveries={onShowDeliveries} />,
    },
  ];
  return (
    <Table<Endpoint>
      rowKey="id"
      columns={columns}
      dataSource={endpoints}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('endpoint.none') }}
      data-testid="endpoints-table"
    />
  );
}
