import { UserAddOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CreateUserModal } from './CreateUserModal';
import { useUsers } from './settings.queries';
import { UsersTable } from './UsersTable';

export function UsersPanel() {
  const { t } = useTranslation('settings');
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  return (
    <Flex vertical gap="middle">
      <Flex justify="end">
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="user-add">
          {t('users.add')}
        </Button>
      </Flex>
      {users.error ? <ErrorAlert error={users.error} /> : null}
      <UsersTable users={users.data ?? []} loading={users.isPending} />
      <CreateUserModal open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
