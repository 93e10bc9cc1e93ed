import { Button, Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { useCanSee } from '../auth/RequireArea';
import { PolicyStatusActions } from './PolicyStatusActions';
import { PolicyStatusTag } from './PolicyStatusTag';
import type { PolicyStatus, PolicySummary } from './policies.api';

interface PolicyVersionsTableProps {
  policies: PolicySummary[];
  loading: boolean;
  onView: (version: number) => void;
}

export function PolicyVersionsTable({ policies, loading, onView }: PolicyVersionsTableProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const canManage = useCanSee('screening.manage');
  const columns: TableColumnsType<PolicySummary> = [
    { title: t('policies.version'), dataIndex: 'version', width: 90, render: (v: number) => `v${v}` },
    { title: t('policies.name'), dataIndex: 'name' },
    {
      title: t('policies.status'),
      dataIndex: 'status',
      width: 120,
      render: (status: PolicyStatus) => <PolicyStatusTag status={status} />,
    },
    {
      title: t('policies.note'),
      dataIndex: 'note',
      ellipsis: true,
      render: (note: string | null) => note || tc('empty'),
    },
    { title: t('policies.createdBy'), dataIndex: 'createdBy', width: 130 },
    {
      title: t('policies.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    {
      title: t('policies.statusChangedAt'),
      dataIndex: 'statusChangedAt',
      width: 180,
      render: (value: string | null) => <DateTime value={value} />,
    },
    {
      title: tc('table.actions'),
      key: 'actions',
      width: 300,
      render: (_, policy) => (
        <Space size="small" wrap>
          <Button
            size="small"
            type="link"
            onClick={() => onView(policy.version)}
            data-testid={`policy-${policy.version}-view`}
          >
            {t('policies.view')}
          </Button>
          {canManage ? <PolicyStatusActions policy={policy} /> : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<PolicySummary>
      rowKey="version"
      columns={columns}
      dataSource={policies}
      loading={loading}
      pagination={policies.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 1300 }}
      locale={{ emptyText: t('policies.none') }}
      data-testid="policies-table"
    />
  );
}
