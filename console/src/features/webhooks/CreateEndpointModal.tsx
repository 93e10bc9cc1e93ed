import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { OnceShownSecret } from '../../components/OnceShownSecret';
import { EventTypeSelect } from './EventTypeSelect';
import type { NewEndpoint } from './webhooks.api';
import { useCreateEndpoint } from './webhooks.queries';

interface CreateEndpointModalProps {
  open: boolean;
  onClose: () => void;
}

const httpUrl = /^https?:\/\/\S+$/i;

/** Creates an endpoint, then shows its signing secret: the only time the server reveals it. */
export function CreateEndpointModal({ open, onClose }: CreateEndpointModalProps) {
  const { t } = useTranslation('webhooks');
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<NewEndpoint>();
  const create = useCreateEndpoint();
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    setSecret(null);
    create.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: NewEndpoint) => {
    const description = values.description?.trim();
    create.mutate(
      { url: values.url.trim(), eventTypes: values.eventTypes, ...(description ? { description } : {}) },
      { onSuccess: (created) => setSecret(created.secret) },
    );
  };

  if (secret !== null) {
    return (
      <Modal
        open={open}
        title={t('endpoint.created')}
        onCancel={close}
        onOk={close}
        okText={tc('actions.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
        mask={{ closable: false }}
      >
        <OnceShownSecret label={t('endpoint.secret')} value={secret} testId="endpoint-secret" />
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={t('endpoint.createTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={tc('actions.create')}
      cancelText={tc('actions.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<NewEndpoint> form={form} layout="vertical" onFinish={submit} initialValues={{ eventTypes: [] }}>
        {create.error ? <ErrorAlert error={create.error} /> : null}
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
      </Form>
    </Modal>
  );
}
