import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { AuditEntryDetail } from './AuditEntryDetail';
import type { AuditEntry } from './audit.api';

export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('seq'), dataIndex: 'seq', width: 90, align: 'right' },
    { title: t('at'), dataIndex: 'at', width: 180, render: (value: string) => <DateTime value={value} /> },
    { title: t('actor'), dataIndex: 'actor' },
    { title: t('action'), dataIndex: 'action', render: (action: string) => <Tag>{action}</Tag> },
    {
      title: t('subject'),
      dataIndex: 'subject',
      render: (subject: string) => <Typography.Text code>{subject}</Typography.Text>,
    },
    { title: t('reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? tc('empty') },
  ];
  return (
    <Table<AuditEntry>
      rowKey="seq"
      columns={columns}
      dataSource={entries}
      loading={loading}
      expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      locale={{ emptyText: t('none') }}
      data-testid="audit-table"
    />
  );
}
