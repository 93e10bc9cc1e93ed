import { KeyOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateApiKeyModal } from './CreateApiKeyModal';
import { useApiKeys } from './settings.queries';

export function ApiKeysPanel() {
  const { t } = useTranslation('settings');
  const apiKeys = useApiKeys();
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap="middle">
      <Flex justify="end">
        <Button type="primary" icon={<KeyOutlined />} onClick={() => setCreating(true)} data-testid="api-key-create">
          {t('apiKeys.create')}
        </Button>
      </Flex>
      {apiKeys.error ? <ErrorAlert error={apiKeys.error} /> : null}
      <ApiKeysTable apiKeys={apiKeys.data ?? []} loading={apiKeys.isPending} />
      <CreateApiKeyModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
