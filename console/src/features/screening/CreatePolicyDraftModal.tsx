import { App, Form, Input, Modal, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NewPolicyDraft } from './policies.api';
import { useCreatePolicyDraft, usePolicy } from './policies.queries';
import { ServerErrorAlert } from './ServerErrorAlert';

interface CreatePolicyDraftModalProps {
  open: boolean;
  /** The active version, whose YAML the new draft starts from; an empty text area without one. */
  activeVersion: number | undefined;
  onClose: () => void;
  onCreated: (version: number) => void;
}

/** Writes a new draft from YAML; the server checks it and answers a refusal with the line of each problem. */
export function CreatePolicyDraftModal({ open, activeVersion, onClose, onCreated }: CreatePolicyDraftModalProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewPolicyDraft>();
  const create = useCreatePolicyDraft();
  const active = usePolicy(open ? activeVersion : undefined);
  // The form waits for the active YAML, so it mounts once with it rather than being filled in under the user.
  const waiting = activeVersion !== undefined && active.isPending;

  const close = () => {
    create.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: NewPolicyDraft) => {
    const note = values.note?.trim();
    create.mutate(
      { source: values.source, ...(note ? { note } : {}) },
      {
        onSuccess: ({ version }) => {
          void message.success(t('policies.draftCreated', { version }));
          close();
          onCreated(version);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('policies.newDraftTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={tc('actions.create')}
      cancelText={tc('actions.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'policy-draft-create' }}
      width={900}
      destroyOnHidden
    >
      {waiting ? (
        <Spin />
      ) : (
        <Form<NewPolicyDraft>
          form={form}
          layout="vertical"
          initialValues={{ source: active.data?.source ?? '' }}
          clearOnDestroy
          onFinish={submit}
        >
          {create.error ? (
            <Form.Item>
              <ServerErrorAlert error={create.error} testId="policy-draft-error" />
            </Form.Item>
          ) : null}
          <Form.Item
            name="source"
            label={t('policies.source')}
            extra={activeVersion !== undefined ? t('policies.prefilled', { version: activeVersion }) : undefined}
            rules={[{ required: true, whitespace: true, message: t('policies.sourceRequired') }]}
          >
            <Input.TextArea
              rows={22}
              spellCheck={false}
              style={{ fontFamily: 'monospace', fontSize: 13 }}
              data-testid="policy-draft-source"
            />
          </Form.Item>
          <Form.Item name="note" label={t('policies.note')}>
            <Input maxLength={500} data-testid="policy-draft-note" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
