import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { IngestedEvent } from './events.api';

interface EventsTableProps {
  events: IngestedEvent[];
  loading: boolean;
  onTypeClick: (type: string) => void;
}

export function EventsTable({ events, loading, onTypeClick }: EventsTableProps) {
  const { t } = useTranslation('events');
  const columns: TableColumnsType<IngestedEvent> = [
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
    <Table<IngestedEvent>
      // Event ids are unique per source only (intake is idempotent by source and id).
      rowKey={(event) => `${event.source}\u0000${event.id}`}
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      locale={{ emptyText: t('none') }}
      data-testid="events-table"
    />
  );
}
