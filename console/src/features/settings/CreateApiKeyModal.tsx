import { Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OnceShownSecret } from '../../components/OnceShownSecret';
import { apiKeyScopes, type NewApiKey } from './api-keys.api';
import { ScopeTag, useScopeLabel } from './ScopeTag';
import { useCreateApiKey } from './settings.queries';

interface CreateApiKeyModalProps {
  open: boolean;
  onClose: () => void;
}

interface CreatedKey {
  key: string;
  scopes: string[];
}

/** Creates a key, then shows it with its scopes: the only time the server reveals the key. */
export function CreateApiKeyModal({ open, onClose }: CreateApiKeyModalProps) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const scopeLabel = useScopeLabel();
  const [form] = Form.useForm<NewApiKey>();
  const create = useCreateApiKey();
  const [created, setCreated] = useState<CreatedKey | null>(null);

  const close = () => {
    setCreated(null);
    create.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: NewApiKey) =>
    create.mutate(
      { name: values.name.trim(), scopes: values.scopes },
      { onSuccess: ({ apiKey, key }) => setCreated({ key, scopes: apiKey.scopes }) },
    );

  if (created !== null) {
    return (
      <Modal
        open={open}
        title={t('apiKeys.created')}
        onCancel={close}
        onOk={close}
        okText={tc('actions.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
        mask={{ closable: false }}
      >
        <Flex vertical gap="middle">
          <OnceShownSecret label={t('apiKeys.key')} value={created.key} testId="api-key-value" />
          <Flex wrap gap={4} align="center">
            <Typography.Text strong>{t('apiKeys.scopes')}:</Typography.Text>
            {created.scopes.map((scope) => (
              <ScopeTag key={scope} scope={scope} />
            ))}
          </Flex>
        </Flex>
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={t('apiKeys.createTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={tc('actions.create')}
      cancelText={tc('actions.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<NewApiKey> form={form} layout="vertical" onFinish={submit} initialValues={{ scopes: [] }}>
        {create.error ? <ErrorAlert error={create.error} /> : null}
        <Form.Item
          name="name"
          label={t('apiKeys.name')}
          rules={[{ required: true, whitespace: true, message: t('apiKeys.nameRequired') }]}
        >
          <Input autoComplete="off" data-testid="api-key-name" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('apiKeys.scopes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.scopesRequired') }]}
        >
          <Checkbox.Group
            options={apiKeyScopes.map((scope) => ({ value: scope, label: `${scope} — ${scopeLabel(scope)}` }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
