import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/auth.api';

const staff: ReadonlySet<Role> = new Set(['admin', 'lead', 'reviewer', 'analyst']);

/** Staff roles in blue, outside parties (merchants, hosts, rights holders) in purple. */
export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation('auth');
  return <Tag color={staff.has(role) ? 'blue' : 'purple'}>{t(`roles.${role}`)}</Tag>;
}
