import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useCanSee } from '../auth/RequireArea';
import type { Endpoint } from './webhooks.api';
import { useDeleteEndpoint, useSendTest, useUpdateEndpoint } from './webhooks.queries';

interface EndpointActionsProps {
  endpoint: Endpoint;
  onShowDeliveries: (endpointId: string) => void;
}

export function EndpointActions({ endpoint, onShowDeliveries }: EndpointActionsProps) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const sendTest = useSendTest();
  const update = useUpdateEndpoint();
  const remove = useDeleteEndpoint();
  const onError = (error: unknown) => void message.error(describeError(error));
  const active = endpoint.status === 'active';
  const viewDeliveries = (
    <Button size="small" type="link" onClick={() => onShowDeliveries(endpoint.id)}>
      {t('endpoint.viewDeliveries')}
    </Button>
  );
  // Lead and analyst read webhooks only: no test sends, no status changes, no deletes.
  const canManage = useCanSee('webhooks.manage');
  if (!canManage) return viewDeliveries;

  return (
    <Space size="small" wrap>
      <Button
        size="small"
        disabled={!active}
        loading={sendTest.isPending}
        onClick={() =>
          sendTest.mutate(endpoint.id, {
            onSuccess: ({ messageId }) => void message.success(t('endpoint.testSent', { messageId })),
            onError,
          })
        }
      >
        {t('endpoint.sendTest')}
      </Button>
      <Button
        size="small"
        loading={update.isPending}
        onClick={() =>
          update.mutate(
            { id: endpoint.id, changes: { status: active ? 'disabled' : 'active' } },
            { onSuccess: () => void message.success(t(active ? 'endpoint.disabled' : 'endpoint.enabled')), onError },
          )
        }
      >
        {t(active ? 'endpoint.disable' : 'endpoint.enable')}
      </Button>
      {viewDeliveries}
      <Popconfirm
        title={t('endpoint.deleteConfirm')}
        okText={tc('actions.delete')}
        cancelText={tc('actions.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() =>
          remove.mutateAsync(endpoint.id).then(() => void message.success(t('endpoint.deleted')), onError)
        }
      >
        <Button size="small" danger loading={remove.isPending}>
          {tc('actions.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
