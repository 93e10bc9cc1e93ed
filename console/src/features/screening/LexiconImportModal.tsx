import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Radio, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditErrorAlert } from './EditErrorAlert';
import { formatOfFile } from './lexicon-file-format';
import { type LexiconImport, lexiconFormats } from './lexicons.api';
import { useImportLexicon } from './lexicons.queries';
import { useReloadLexicon } from './useReloadLexicon';

interface LexiconImportModalProps {
  name: string;
  baseVersion: number;
  open: boolean;
  onClose: () => void;
}

type ImportValues = Omit<LexiconImport, 'baseVersion'>;

/** Imports pasted or uploaded text as a new version, merged into the current entries or replacing them. */
export function LexiconImportModal({ name, baseVersion, open, onClose }: LexiconImportModalProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ImportValues>();
  const importLexicon = useImportLexicon(name);
  const reload = useReloadLexicon(name);
  const mode = Form.useWatch('mode', form);

  const close = () => {
    importLexicon.reset();
    form.resetFields();
    onClose();
  };

  const submit = (values: ImportValues) => {
    const note = values.note?.trim();
    importLexicon.mutate(
      { format: values.format, content: values.content, mode: values.mode, baseVersion, ...(note ? { note } : {}) },
      {
        onSuccess: (result) => {
          void message.success(t('lexicons.imported', { ...result }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('lexicons.importTitle', { name })}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('lexicons.import')}
      cancelText={tc('actions.cancel')}
      confirmLoading={importLexicon.isPending}
      okButtonProps={{ danger: mode === 'replace', 'data-testid': 'import-submit' }}
      destroyOnHidden
      width={720}
    >
      <Form<ImportValues>
        form={form}
        layout="vertical"
        initialValues={{ format: 'txt', mode: 'merge', content: '' }}
        onFinish={submit}
      >
        {importLexicon.error ? (
          <Form.Item>
            <EditErrorAlert
              error={importLexicon.error}
              onReload={() => {
                reload();
                close();
              }}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="format" label={t('lexicons.format')}>
          <Radio.Group
            optionType="button"
            options={lexiconFormats.map((format) => ({ value: format, label: format }))}
          />
        </Form.Item>
        <Form.Item
          name="mode"
          label={t('lexicons.mode')}
          extra={mode === 'replace' ? undefined : t('lexicons.mergeHint')}
        >
          <Radio.Group
            options={[
              { value: 'merge', label: t('lexicons.merge') },
              { value: 'replace', label: t('lexicons.replace') },
            ]}
          />
        </Form.Item>
        {mode === 'replace' ? (
          <Form.Item>
            <Alert type="warning" showIcon title={t('lexicons.replaceWarning')} />
          </Form.Item>
        ) : null}
        <Form.Item>
          <Upload
            accept=".txt,.csv,.json,text/plain,text/csv,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              // Read in the browser and shown for review; nothing is sent until the import is confirmed.
              void file.text().then((content) => {
                const format = formatOfFile(file.name);
                form.setFieldsValue({ content, ...(format ? { format } : {}) });
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('lexicons.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item
          name="content"
          label={t('lexicons.content')}
          rules={[{ required: true, message: t('lexicons.contentRequired') }]}
        >
          <Input.TextArea rows={12} style={{ fontFamily: 'monospace' }} data-testid="import-content" />
        </Form.Item>
        <Form.Item name="note" label={t('lexicons.editNote')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
