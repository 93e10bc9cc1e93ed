import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OnceShownSecret } from '../../components/OnceShownSecret';
import { roles } from '../auth/auth.api';
import { useCreateUser } from './settings.queries';
import type { NewUser } from './users.api';

interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
}

/** Adds a user, then shows the generated password: the only time the server reveals it. */
export function CreateUserModal({ open, onClose }: CreateUserModalProps) {
  const { t } = useTranslation('settings');
  const { t: ta } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<NewUser>();
  const create = useCreateUser();
  const [password, setPassword] = useState<string | null>(null);

  const close = () => {
    setPassword(null);
    create.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: NewUser) => {
    const subjectId = values.subjectId?.trim();
    create.mutate(
      { username: values.username.trim(), role: values.role, ...(subjectId ? { subjectId } : {}) },
      { onSuccess: (created) => setPassword(created.password) },
    );
  };

  if (password !== null) {
    return (
      <Modal
        open={open}
        title={t('users.created')}
        onCancel={close}
        onOk={close}
        okText={tc('actions.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
        mask={{ closable: false }}
      >
        <OnceShownSecret label={t('users.password')} value={password} testId="user-password" />
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={t('users.addTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={tc('actions.create')}
      cancelText={tc('actions.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<NewUser> form={form} layout="vertical" onFinish={submit}>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[{ required: true, whitespace: true, message: t('users.usernameRequired') }]}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
          <Select
            options={roles.map((role) => ({ value: role, label: ta(`roles.${role}`) }))}
            data-testid="user-role"
          />
        </Form.Item>
        <Form.Item name="subjectId" label={t('users.subjectId')} extra={t('users.subjectIdHint')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
