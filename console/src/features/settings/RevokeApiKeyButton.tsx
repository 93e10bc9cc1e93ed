import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../i18n/useDescribeError';
import { useRevokeApiKey } from './settings.queries';

export function RevokeApiKeyButton({ apiKeyId }: { apiKeyId: string }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const describeError = useDescribeError();
  const revoke = useRevokeApiKey();
  return (
    <Popconfirm
      title={t('apiKeys.revokeConfirm')}
      okText={t('apiKeys.revoke')}
      cancelText={tc('actions.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        revoke.mutateAsync(apiKeyId).then(
          () => void message.success(t('apiKeys.revokedMessage')),
          (error: unknown) => void message.error(describeError(error)),
        )
      }
    >
      <Button size="small" danger loading={revoke.isPending}>
        {t('apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}
