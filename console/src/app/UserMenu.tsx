import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { User } from '../features/auth/auth.api';
import { useLogout } from '../features/auth/auth.queries';

export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('auth');
  const navigate = useNavigate();
  const logout = useLogout();

  const items: MenuProps['items'] = [
    { key: 'role', label: ta(`roles.${user.role}`), disabled: true },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.logout')}</span> },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" aria-label={t('header.userMenu')} data-testid="user-menu" loading={logout.isPending}>
        <Space>
          <UserOutlined />
          {user.username}
          <DownOutlined />
        </Space>
      </Button>
    </Dropdown>
  );
}
