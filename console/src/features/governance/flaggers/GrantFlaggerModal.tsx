import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GovernanceErrorAlert } from '../appeals/GovernanceErrorAlert';
import type { GrantFlaggerInput, TrustedFlagger } from './flaggers.types';

interface GrantFlaggerModalProps {
  open: boolean;
  /** Granting again: the revoked flagger whose id and name the form starts from. */
  initial: TrustedFlagger | null;
  pending: boolean;
  error: unknown;
  onGrant: (input: GrantFlaggerInput) => void;
  onClose: () => void;
}

interface GrantValues {
  reporterId: string;
  name: string;
  note?: string;
}

export function GrantFlaggerModal({ open, initial, pending, error, onGrant, onClose }: GrantFlaggerModalProps) {
  const { t } = useTranslation('flaggers');
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<GrantValues>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial) form.setFieldsValue({ reporterId: initial.reporterId, name: initial.name, note: initial.note ?? '' });
  }, [open, initial, form]);

  const submit = (values: GrantValues) => {
    const note = values.note?.trim();
    onGrant({ reporterId: values.reporterId.trim(), name: values.name.trim(), ...(note ? { note } : {}) });
  };

  return (
    <Modal
      open={open}
      title={t('form.title')}
      okText={t('form.submit')}
      cancelText={tc('actions.cancel')}
      okButtonProps={{ loading: pending, 'data-testid': 'flagger-grant-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="flagger-grant-form">
        <Form.Item
          name="reporterId"
          label={t('form.reporterId')}
          extra={t('form.reporterIdHint')}
          rules={[{ required: true, whitespace: true, max: 128, message: t('form.reporterIdRequired') }]}
        >
          <Input autoComplete="off" disabled={initial !== null} data-testid="flagger-form-reporter-id" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('form.name')}
          rules={[{ required: true, whitespace: true, max: 200, message: t('form.nameRequired') }]}
        >
          <Input autoComplete="off" data-testid="flagger-form-name" />
        </Form.Item>
        <Form.Item name="note" label={t('form.note')} extra={t('form.noteHint')} rules={[{ max: 2_000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="flagger-form-note" />
        </Form.Item>
        {error ? <GovernanceErrorAlert error={error} testId="flagger-grant-error" /> : null}
      </Form>
    </Modal>
  );
}
