import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OutcomeTag } from './OutcomeTag';
import type { Outcome, PolicyRule } from './screening.types';

interface PolicyRulesTableProps {
  rules: PolicyRule[];
  emptyText: string;
  testId?: string;
}

/** Rules of a policy, with the DSA statement-of-reasons fields each one carries. */
export function PolicyRulesTable({ rules, emptyText, testId }: PolicyRulesTableProps) {
  const { t } = useTranslation('screening');
  const columns: TableColumnsType<PolicyRule> = [
    {
      title: t('rule.id'),
      dataIndex: 'id',
      render: (id: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {id}
        </Typography.Text>
      ),
    },
    {
      title: t('rule.outcome'),
      dataIndex: 'outcome',
      width: 120,
      render: (outcome: Outcome) => <OutcomeTag outcome={outcome} />,
    },
    { title: t('rule.reason'), dataIndex: 'reason' },
    { title: t('rule.violationType'), dataIndex: 'violationType' },
    { title: t('rule.dsaCategory'), dataIndex: 'dsaCategory' },
    { title: t('rule.dsaKeyword'), dataIndex: 'dsaKeyword' },
  ];
  return (
    <Table<PolicyRule>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rules}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      data-testid={testId}
    />
  );
}
