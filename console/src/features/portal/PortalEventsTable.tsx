import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { PortalEvent } from './portal.api';

interface PortalEventsTableProps {
  events: PortalEvent[];
  loading: boolean;
  onTypeClick: (type: string) => void;
}

function EventData({ data }: { data: unknown }) {
  const { t } = useTranslation('portal');
  return (
    <div>
      <Typography.Text type="secondary">{t('data')}</Typography.Text>
      <pre
        data-testid="portal-event-data"
        style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      >
        {JSON.stringify(data, null, 2)}
      </pre>
    </div>
  );
}

export function PortalEventsTable({ events, loading, onTypeClick }: PortalEventsTableProps) {
  const { t } = useTranslation('portal');
  const columns: TableColumnsType<PortalEvent> = [
    {
      title: t('receivedAt'),
      dataIndex: 'receivedAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    {
      title: t('type'),
      dataIndex: 'type',
      render: (type: string) => (
        <Tag style={{ cursor: 'pointer' }} onClick={() => onTypeClick(type)}>
          {type}
        </Tag>
      ),
    },
    { title: t('source'), dataIndex: 'source', ellipsis: true },
    {
      title: t('id'),
      dataIndex: 'id',
      render: (id: string) => (
        <Typography.Text copyable code>
          {id}
        </Typography.Text>
      ),
    },
    { title: t('time'), dataIndex: 'time', width: 180, render: (value: string) => <DateTime value={value} /> },
  ];
  return (
    <Table<PortalEvent>
      // The intake sequence number is unique, unlike the event id (unique per source only).
      rowKey="seq"
      columns={columns}
      dataSource={events}
      loading={loading}
      expandable={{ expandedRowRender: (event) => <EventData data={event.data} /> }}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      locale={{ emptyText: t('none') }}
      data-testid="portal-events-table"
    />
  );
}
