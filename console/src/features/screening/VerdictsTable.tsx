import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { OutcomeTag } from './OutcomeTag';
import type { ContentKind, Finding, Outcome } from './screening.types';
import { usePolicyLabel } from './usePolicyLabel';
import type { Verdict } from './verdicts.api';

interface VerdictsTableProps {
  verdicts: Verdict[];
  loading: boolean;
  onOpen: (verdict: Verdict) => void;
}

export function VerdictsTable({ verdicts, loading, onOpen }: VerdictsTableProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const policyLabel = usePolicyLabel();
  const columns: TableColumnsType<Verdict> = [
    {
      title: t('verdicts.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    {
      title: t('verdicts.kind'),
      dataIndex: 'contentKind',
      width: 110,
      render: (kind: string) => t(`kind.${kind as ContentKind}`, { defaultValue: kind }),
    },
    {
      title: t('verdicts.contentId'),
      dataIndex: 'contentId',
      ellipsis: true,
      render: (id: string) => <Typography.Text copyable>{id}</Typography.Text>,
    },
    { title: t('verdicts.subject'), dataIndex: 'subjectId', ellipsis: true },
    {
      title: t('verdicts.outcome'),
      dataIndex: 'outcome',
      width: 120,
      render: (outcome: Outcome) => <OutcomeTag outcome={outcome} />,
    },
    {
      title: t('verdicts.score'),
      dataIndex: 'score',
      width: 90,
      align: 'right',
      render: (score: number) => score.toFixed(3),
    },
    {
      title: t('verdicts.findings'),
      dataIndex: 'findings',
      ellipsis: true,
      render: (findings: Finding[]) => findings.map((finding) => finding.text).join('、') || tc('empty'),
    },
    { title: t('verdicts.policy'), dataIndex: 'policy', width: 140, render: (policy: unknown) => policyLabel(policy) },
    {
      title: tc('table.actions'),
      key: 'actions',
      width: 90,
      render: (_, verdict) => (
        <Button size="small" type="link" onClick={() => onOpen(verdict)} data-testid="verdict-open">
          {tc('actions.details')}
        </Button>
      ),
    },
  ];
  return (
    <Table<Verdict>
      rowKey="id"
      columns={columns}
      dataSource={verdicts}
      loading={loading}
      pagination={false}
      scroll={{ x: 1200 }}
      locale={{ emptyText: t('verdicts.none') }}
      data-testid="verdicts-table"
    />
  );
}
