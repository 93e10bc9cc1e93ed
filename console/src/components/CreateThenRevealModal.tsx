import type { UseMutationResult } from '@tanstack/react-query';
import { Form, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

interface CreateThenRevealModalProps<Input, Created> {
  open: boolean;
  onClose: () => void;
  /** Title of the form step. */
  title: string;
  /** Title of the step that shows what was created. */
  createdTitle: string;
  /** The mutation that creates; its answer is what the second step reveals. */
  mutation: UseMutationResult<Created, Error, Input>;
  /** Tidies the form's values (trims text, drops empty optional fields) into what the mutation sends. */
  toInput: (values: Input) => Input;
  initialValues?: Partial<Input>;
  /** The form's fields. */
  children: ReactNode;
  /** What the server revealed at creation, typically through `OnceShownSecret`. */
  reveal: (created: Created) => ReactNode;
}

/**
 * A form that creates something, then shows what the server returns only at creation (a secret, a key, a password).
 * Closing resets the form and forgets the secret.
 */
export function CreateThenRevealModal<Input, Created>({
  open,
  onClose,
  title,
  createdTitle,
  mutation,
  toInput,
  initialValues,
  children,
  reveal,
}: CreateThenRevealModalProps<Input, Created>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Input>();
  const [created, setCreated] = useState<Created | null>(null);

  const close = () => {
    setCreated(null);
    mutation.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: Input) => mutation.mutate(toInput(values), { onSuccess: setCreated });

  if (created !== null) {
    return (
      <Modal
        open={open}
        title={createdTitle}
        onCancel={close}
        onOk={close}
        okText={t('actions.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
        mask={{ closable: false }}
      >
        {reveal(created)}
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('actions.create')}
      cancelText={t('actions.cancel')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form<Input> form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
        {children}
      </Form>
    </Modal>
  );
}
