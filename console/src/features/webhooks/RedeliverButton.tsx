import { RedoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useCanSee } from '../auth/RequireArea';
import { useRedeliver } from './webhooks.queries';

export function RedeliverButton({ deliveryId, size }: { deliveryId: string; size?: 'small' | 'middle' }) {
  const { t } = useTranslation('webhooks');
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const redeliver = useRedeliver();
  // Redelivering writes; lead and analyst read webhooks only.
  const canManage = useCanSee('webhooks.manage');
  if (!canManage) return null;
  return (
    <Button
      size={size}
      icon={<RedoOutlined />}
      loading={redeliver.isPending}
      onClick={() =>
        redeliver.mutate(deliveryId, {
          onSuccess: () => void message.success(t('delivery.redelivered')),
          onError: (error) => void message.error(describeError(error)),
        })
      }
    >
      {t('delivery.redeliver')}
    </Button>
  );
}
