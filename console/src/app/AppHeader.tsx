import { Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { User } from '../features/auth/auth.api';
import { UserMenu } from './UserMenu';

export function AppHeader({ user }: { user: User }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        paddingInline: 24,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Flex justify="space-between" align="center" style={{ height: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="product-name">
          {t('productName')}
        </Typography.Title>
        <Flex align="center" gap="middle">
          <LanguageSwitch />
          <UserMenu user={user} />
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
