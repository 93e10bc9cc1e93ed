import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '../features/auth/roles';
import { navigationFor } from './navigation';

export function SideMenu({ role }: { role: Role }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = pathname.split('/')[1] ?? '';

  const items: MenuProps['items'] = navigationFor(role).map((group) => ({
    type: 'group',
    key: group.key,
    label: t(`nav.${group.key}`),
    children: group.entries.map((entry) => ({
      key: entry.key,
      icon: entry.icon,
      label: <span data-testid={`nav-${entry.key}`}>{t(`nav.${entry.key}`)}</span>,
    })),
  }));

  return (
    <Menu
      mode="inline"
      theme="dark"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => navigate(`/${key}`)}
    />
  );
}
