import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ApiKeysPanel } from './ApiKeysPanel';
import { UsersPanel } from './UsersPanel';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'api-keys' ? 'api-keys' : 'users';
  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        items={[
          { key: 'users', label: t('tabs.users'), children: <UsersPanel /> },
          { key: 'api-keys', label: t('tabs.apiKeys'), children: <ApiKeysPanel /> },
        ]}
      />
    </>
  );
}
