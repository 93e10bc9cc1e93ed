import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ApiKeyStatusTag } from './ApiKeyStatusTag';
import type { ApiKey } from './api-keys.api';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import { ScopeTag } from './ScopeTag';

export function ApiKeysTable({ apiKeys, loading }: { apiKeys: ApiKey[]; loading: boolean }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<ApiKey> = [
    { title: t('apiKeys.name'), dataIndex: 'name' },
    {
      title: t('apiKeys.prefix'),
      dataIndex: 'prefix',
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    {
      title: t('apiKeys.scopes'),
      dataIndex: 'scopes',
      render: (scopes: string[]) => (
        <Flex wrap gap={4}>
          {scopes.map((scope) => (
            <ScopeTag key={scope} scope={scope} />
          ))}
        </Flex>
      ),
    },
    { title: t('apiKeys.status'), key: 'status', render: (_, apiKey) => <ApiKeyStatusTag apiKey={apiKey} /> },
    { title: tc('table.createdAt'), dataIndex: 'createdAt', render: (value: string) => <DateTime value={value} /> },
    {
      title: t('apiKeys.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      render: (value: string | null) => <DateTime value={value} />,
    },
    {
      title: tc('table.actions'),
      key: 'actions',
      render: (_, apiKey) => (apiKey.revokedAt ? null : <RevokeApiKeyButton apiKeyId={apiKey.id} />),
    },
  ];
  return (
    <Table<ApiKey>
      rowKey="id"
      columns={columns}
      dataSource={apiKeys}
      loading={loading}
      pagination={false}
      data-testid="api-keys-table"
    />
  );
}
