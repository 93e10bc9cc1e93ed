import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { IngestedEvent } from './events.api';

interface EventsTableProps<T extends IngestedEvent> {
  events: T[];
  loading: boolean;
  onTypeClick: (type: string) => void;
  /** Shown when a row is expanded (the portal shows the event's data); no expansion when absent. */
  expandedRowRender?: (event: T) => ReactNode;
  emptyText?: string;
  testId?: string;
}

/** Ingested events, newest first; staff and portal pages share it. */
export function EventsTable<T extends IngestedEvent>({
  events,
  loading,
  onTypeClick,
  expandedRowRender,
  emptyText,
  testId = 'events-table',
}: EventsTableProps<T>) {
  const { t } = useTranslation('events');
  const columns: TableColumnsType<T> = [
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
    <Table<T>
      // Event ids are unique per source only (intake is idempotent by source and id).
      rowKey={(event) => `${event.source}\u0000${event.id}`}
      columns={columns}
      dataSource={events}
      loading={loading}
      expandable={expandedRowRender ? { expandedRowRender } : undefined}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      locale={{ emptyText: emptyText ?? t('none') }}
      data-testid={testId}
    />
  );
}
