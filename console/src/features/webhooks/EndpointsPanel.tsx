import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCanSee } from '../auth/RequireArea';
import { CreateEndpointModal } from './CreateEndpointModal';
import { EndpointsTable } from './EndpointsTable';
import { useEndpoints } from './webhooks.queries';

export function EndpointsPanel({ onShowDeliveries }: { onShowDeliveries: (endpointId: string) => void }) {
  const { t } = useTranslation('webhooks');
  const endpoints = useEndpoints();
  const [creating, setCreating] = useState(false);
  const canManage = useCanSee('webhooks.manage');
  return (
    <Flex vertical gap="middle">
      {canManage ? (
        <Flex justify="end">
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="endpoint-create"
          >
            {t('endpoint.create')}
          </Button>
        </Flex>
      ) : null}
      {endpoints.error ? <ErrorAlert error={endpoints.error} /> : null}
      <EndpointsTable
        endpoints={endpoints.data ?? []}
        loading={endpoints.isPending}
        onShowDeliveries={onShowDeliveries}
      />
      {canManage ? <CreateEndpointModal open={creating} onClose={() => setCreating(false)} /> : null}
    </Flex>
  );
}
