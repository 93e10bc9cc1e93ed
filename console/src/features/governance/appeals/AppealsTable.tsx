import { Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { SlaTag } from '../SlaTag';
import { AppealStatusTag } from './AppealStatusTag';
import { appealSla } from './appeal-sla';
import type { Appeal } from './appeals.types';

interface AppealsTableProps {
  appeals: Appeal[];
  loading: boolean;
  /** When the SLA is judged: the time of the last fetch, so a row does not change while it is read. */
  now: Date;
}

export function AppealsTable({ appeals, loading, now }: AppealsTableProps) {
  const { t } = useTranslation('appeals');
  const columns: TableColumnsType<Appeal> = [
    {
      key: 'id',
      title: t('list.id'),
      render: (_, a) => (
        <Link to={`/governance-appeals/${encodeURIComponent(a.id)}`} data-testid="appeal-link">
          {a.id}
        </Link>
      ),
    },
    { key: 'status', title: t('list.status'), render: (_, a) => <AppealStatusTag status={a.status} /> },
    {
      key: 'dueAt',
      title: t('list.dueAt'),
      render: (_, a) => {
        const sla = appealSla(a, now);
        return (
          <Space wrap>
            <DateTime value={a.dueAt} />
            {sla && <SlaTag sla={sla} />}
          </Space>
        );
      },
    },
    { key: 'subject', title: t('list.subject'), render: (_, a) => `${a.subject.kind} ${a.subject.id}` },
    {
      key: 'decision',
      title: t('list.decision'),
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text code>{a.decisionId}</Typography.Text>
          <Link to={`/governance-cases/${encodeURIComponent(a.caseId)}`}>
            {t('list.case')} {a.caseId}
          </Link>
        </Space>
      ),
    },
    {
      key: 'text',
      title: t('list.text'),
      render: (_, a) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: a.text }} style={{ margin: 0, maxWidth: 360 }}>
          {a.text}
        </Typography.Paragraph>
      ),
    },
    { key: 'filedAt', title: t('list.filedAt'), render: (_, a) => <DateTime value={a.filedAt} /> },
  ];
  return (
    <Table<Appeal>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={appeals}
      loading={loading}
      pagination={false}
      data-testid="appeals-table"
    />
  );
}
