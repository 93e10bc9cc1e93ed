import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateThenRevealModal } from '../../components/CreateThenRevealModal';
import { OnceShownSecret } from '../../components/OnceShownSecret';
import { roles } from '../auth/auth.api';
import { useCreateUser } from './settings.queries';
import type { NewUser } from './users.api';

interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
}

const toNewUser = (values: NewUser): NewUser => {
  const subjectId = values.subjectId?.trim();
  return { username: values.username.trim(), role: values.role, ...(subjectId ? { subjectId } : {}) };
};

/** Adds a user, then shows the generated password: the only time the server reveals it. */
export function CreateUserModal({ open, onClose }: CreateUserModalProps) {
  const { t } = useTranslation('settings');
  const { t: ta } = useTranslation('auth');
  const create = useCreateUser();

  return (
    <CreateThenRevealModal
      open={open}
      onClose={onClose}
      title={t('users.addTitle')}
      createdTitle={t('users.created')}
      mutation={create}
      toInput={toNewUser}
      reveal={({ password }) => <OnceShownSecret label={t('users.password')} value={password} testId="user-password" />}
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        rules={[{ required: true, whitespace: true, message: t('users.usernameRequired') }]}
      >
        <Input autoComplete="off" data-testid="user-username" />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
        <Select options={roles.map((role) => ({ value: role, label: ta(`roles.${role}`) }))} data-testid="user-role" />
      </Form.Item>
      <Form.Item name="subjectId" label={t('users.subjectId')} extra={t('users.subjectIdHint')}>
        <Input autoComplete="off" />
      </Form.Item>
    </CreateThenRevealModal>
  );
}
