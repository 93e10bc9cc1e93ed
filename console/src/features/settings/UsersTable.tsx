import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { Role } from '../auth/auth.api';
import { RoleTag } from './RoleTag';
import type { ManagedUser } from './users.api';

export function UsersTable({ users, loading }: { users: ManagedUser[]; loading: boolean }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<ManagedUser> = [
    { title: t('users.username'), dataIndex: 'username' },
    { title: t('users.role'), dataIndex: 'role', render: (role: Role) => <RoleTag role={role} /> },
    { title: t('users.subjectId'), dataIndex: 'subjectId', render: (id: string | null) => id ?? tc('empty') },
    { title: tc('table.createdAt'), dataIndex: 'createdAt', render: (value: string) => <DateTime value={value} /> },
  ];
  return (
    <Table<ManagedUser>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      data-testid="users-table"
    />
  );
}
