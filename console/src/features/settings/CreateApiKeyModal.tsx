import { Checkbox, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateThenRevealModal } from '../../components/CreateThenRevealModal';
import { OnceShownSecret } from '../../components/OnceShownSecret';
import { apiKeyScopes, type NewApiKey } from './api-keys.api';
import { ScopeTag, useScopeLabel } from './ScopeTag';
import { useCreateApiKey } from './settings.queries';

interface CreateApiKeyModalProps {
  open: boolean;
  onClose: () => void;
}

const toNewApiKey = (values: NewApiKey): NewApiKey => ({ name: values.name.trim(), scopes: values.scopes });

/** Creates a key, then shows it with its scopes: the only time the server reveals the key. */
export function CreateApiKeyModal({ open, onClose }: CreateApiKeyModalProps) {
  const { t } = useTranslation('settings');
  const scopeLabel = useScopeLabel();
  const create = useCreateApiKey();

  return (
    <CreateThenRevealModal
      open={open}
      onClose={onClose}
      title={t('apiKeys.createTitle')}
      createdTitle={t('apiKeys.created')}
      mutation={create}
      toInput={toNewApiKey}
      initialValues={{ scopes: [] }}
      reveal={({ apiKey, key }) => (
        <Flex vertical gap="middle">
          <OnceShownSecret label={t('apiKeys.key')} value={key} testId="api-key-value" />
          <Flex wrap gap={4} align="center">
            <Typography.Text strong>{t('apiKeys.scopes')}:</Typography.Text>
            {apiKey.scopes.map((scope) => (
              <ScopeTag key={scope} scope={scope} />
            ))}
          </Flex>
        </Flex>
      )}
    >
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
    </CreateThenRevealModal>
  );
}
