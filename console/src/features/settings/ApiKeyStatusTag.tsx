import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { ApiKey } from './api-keys.api';

export function ApiKeyStatusTag({ apiKey }: { apiKey: Pick<ApiKey, 'revokedAt'> }) {
  const { t } = useTranslation('settings');
  if (!apiKey.revokedAt) return <Tag color="green">{t('apiKeys.active')}</Tag>;
  return (
    <Tooltip title={<DateTime value={apiKey.revokedAt} />}>
      <Tag>{t('apiKeys.revoked')}</Tag>
    </Tooltip>
  );
}
