import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/useLanguage';
import { type AttachmentRow, isAttachmentUrl, toAppealAttachments } from './appeal-state';
import { useFileAppeal } from './portal.queries';

interface AppealFormValues {
  text: string;
  attachments?: AttachmentRow[];
}

// The server's limits (AppealBody): the text and the number of attachments.
const TEXT_MAX = 5_000;
const ATTACHMENTS_MAX = 20;

/** The affected party's appeal: its grounds and links to supporting files; the reply comes in the UI language. */
export function AppealForm({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation('portal');
  const { message } = App.useApp();
  const [language] = useLanguage();
  const [form] = Form.useForm<AppealFormValues>();
  const file = useFileAppeal(decisionId);

  const submit = (values: AppealFormValues) =>
    file.mutate(
      { text: values.text, attachments: toAppealAttachments(values.attachments ?? []), language },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('appeal.filed'));
        },
      },
    );

  return (
    <Form<AppealFormValues> form={form} layout="vertical" onFinish={submit} data-testid="appeal-form">
      <Form.Item
        name="text"
        label={t('appeal.text')}
        rules={[{ required: true, whitespace: true, message: t('appeal.textRequired') }]}
      >
        <Input.TextArea
          rows={5}
          maxLength={TEXT_MAX}
          showCount
          placeholder={t('appeal.textPlaceholder')}
          data-testid="appeal-text"
        />
      </Form.Item>
      <Typography.Text strong>{t('appeal.attachments')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('appeal.attachmentsHint')}</Typography.Paragraph>
      <Form.List name="attachments">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap="small" align="baseline" data-testid="appeal-attachment">
                <Form.Item name={[field.name, 'name']} style={{ flex: 1 }}>
                  <Input
                    placeholder={t('appeal.attachmentName')}
                    maxLength={255}
                    data-testid={`appeal-attachment-name-${index}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'url']}
                  style={{ flex: 2 }}
                  rules={[
                    { required: true, message: t('appeal.attachmentUrlInvalid') },
                    {
                      validator: (_, value: string | undefined) =>
                        !value || isAttachmentUrl(value.trim())
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('appeal.attachmentUrlInvalid'))),
                    },
                  ]}
                >
                  <Input
                    placeholder={t('appeal.attachmentUrl')}
                    maxLength={2_000}
                    data-testid={`appeal-attachment-url-${index}`}
                  />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="remove" />
              </Flex>
            ))}
            {fields.length < ATTACHMENTS_MAX && (
              <Form.Item>
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} data-testid="appeal-add-attachment">
                  {t('appeal.addAttachment')}
                </Button>
              </Form.Item>
            )}
          </>
        )}
      </Form.List>
      {file.error ? <ErrorAlert error={file.error} testId="appeal-error" /> : null}
      <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="appeal-submit">
        {t('appeal.submit')}
      </Button>
    </Form>
  );
}
