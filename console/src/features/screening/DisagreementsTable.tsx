import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { FindingsTable } from './FindingsTable';
import { OutcomeTag } from './OutcomeTag';
import type { Disagreement } from './policies.api';
import type { ContentKind, Finding, Outcome } from './screening.types';

export function DisagreementsTable({ items, loading }: { items: Disagreement[]; loading: boolean }) {
  const { t } = useTranslation('screening');
  const columns: TableColumnsType<Disagreement> = [
    {
      title: t('disagreements.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (v: string) => <DateTime value={v} />,
    },
    {
      title: t('disagreements.contentKind'),
      dataIndex: 'contentKind',
      width: 110,
      render: (kind: string) => t(`kind.${kind as ContentKind}`, { defaultValue: kind }),
    },
    {
      title: t('disagreements.contentId'),
      dataIndex: 'contentId',
      ellipsis: true,
      render: (id: string) => <Typography.Text copyable>{id}</Typography.Text>,
    },
    {
      title: t('disagreements.activeOutcome'),
      key: 'active',
      width: 180,
      render: (_, item) => (
        <>
          <OutcomeTag outcome={item.activeOutcome} />
          {item.activeVersion !== null ? (
            <Typography.Text type="secondary">v{item.activeVersion}</Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('disagreements.shadowOutcome'),
      dataIndex: 'shadowOutcome',
      width: 130,
      render: (o: Outcome) => <OutcomeTag outcome={o} />,
    },
    {
      title: t('disagreements.findings'),
      dataIndex: 'findings',
      ellipsis: true,
      render: (findings: Finding[]) => findings.map((finding) => finding.text).join('、'),
    },
  ];
  return (
    <Table<Disagreement>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      expandable={{ expandedRowRender: (item) => <FindingsTable findings={item.findings} /> }}
      locale={{ emptyText: t('disagreements.none') }}
      data-testid="disagreements-table"
    />
  );
}
