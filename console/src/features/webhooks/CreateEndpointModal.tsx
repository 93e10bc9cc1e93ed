import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateThenRevealModal } from '../../components/CreateThenRevealModal';
import { OnceShownSecret } from '../../components/OnceShownSecret';
import { EventTypeSelect } from './EventTypeSelect';
import type { NewEndpoint } from './webhooks.api';
import { useCreateEndpoint } from './webhooks.queries';

interface CreateEndpointModalProps {
  open: boolean;
  onClose: () => void;
}

const httpUrl = /^https?:\/\/\S+$/i;

const toNewEndpoint = (values: NewEndpoint): NewEndpoint => {
  const description = values.description?.trim();
  return { url: values.url.trim(), eventTypes: values.eventTypes, ...(description ? { description } : {}) };
};

/** Creates an endpoint, then shows its signing secret: the only time the server reveals it. */
export function CreateEndpointModal({ open, onClose }: CreateEndpointModalProps) {
  const { t } = useTranslation('webhooks');
  const create = useCreateEndpoint();

  return (
    <CreateThenRevealModal
      open={open}
      onClose={onClose}
      title={t('endpoint.createTitle')}
      createdTitle={t('endpoint.created')}
      mutation={create}
      toInput={toNewEndpoint}
      initialValues={{ eventTypes: [] }}
      reveal={({ secret }) => <OnceShownSecret label={t('endpoint.secret')} value={secret} testId="endpoint-secret" />}
    >
      <Form.Item
        name="url"
        label={t('endpoint.url')}
        rules={[{ required: true, pattern: httpUrl, message: t('endpoint.urlRequired') }]}
      >
        <Input placeholder="https://shop.example.com/xinren/webhooks" data-testid="endpoint-url" />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('endpoint.eventTypes')}
        extra={t('endpoint.eventTypesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('endpoint.eventTypesRequired') }]}
      >
        <EventTypeSelect />
      </Form.Item>
      <Form.Item name="description" label={t('endpoint.description')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </CreateThenRevealModal>
  );
}
