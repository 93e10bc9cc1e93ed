import { App, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EditErrorAlert } from './EditErrorAlert';
import { type EntryFormValues, entryKey, sameKey, toEntry, toFormValues } from './lexicon-entry-form';
import type { LexiconEntry, LexiconKind } from './lexicons.api';
import { useEditLexicon } from './lexicons.queries';
import { contentKinds, lexiconCategories } from './screening.types';
import { useCategoryLabel } from './useCategoryLabel';
import { useReloadLexicon } from './useReloadLexicon';

interface LexiconEntryModalProps {
  name: string;
  kind: LexiconKind;
  /** The version the editor shows; the server refuses the edit if another one was saved since. */
  baseVersion: number;
  /** The entry being edited, or null to add one. */
  entry: LexiconEntry | null;
  open: boolean;
  onClose: () => void;
}

/** Adds or edits one entry; renaming an entry (new term or category) removes the old one in the same version. */
export function LexiconEntryModal({ name, kind, baseVersion, entry, open, onClose }: LexiconEntryModalProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const categoryLabel = useCategoryLabel();
  const [form] = Form.useForm<EntryFormValues>();
  const edit = useEditLexicon(name);
  const reload = useReloadLexicon(name);

  const close = () => {
    edit.reset();
    onClose();
  };

  const submit = (values: EntryFormValues) => {
    const next = toEntry(values, kind);
    const remove = entry && !sameKey(entryKey(entry), entryKey(next)) ? [entryKey(entry)] : undefined;
    const note = values.editNote?.trim();
    edit.mutate(
      { baseVersion, upsert: [next], ...(remove ? { remove } : {}), ...(note ? { note } : {}) },
      {
        onSuccess: (result) => {
          void message.success(t('lexicons.savedVersion', { version: result.version }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={entry ? t('lexicons.editEntry') : t('lexicons.addEntry')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={tc('actions.save')}
      cancelText={tc('actions.cancel')}
      confirmLoading={edit.isPending}
      okButtonProps={{ 'data-testid': 'entry-save' }}
      destroyOnHidden
      width={640}
    >
      {/* Mounted afresh at each opening (destroyOnHidden) and cleared when hidden, so the initial values are
          always those of the entry opened now, never of the one edited before. */}
      <Form<EntryFormValues>
        form={form}
        layout="vertical"
        initialValues={toFormValues(entry, kind)}
        clearOnDestroy
        onFinish={submit}
      >
        {edit.error ? (
          <Form.Item>
            <EditErrorAlert
              error={edit.error}
              onReload={() => {
                reload();
                close();
              }}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="term"
          label={t('entry.term')}
          rules={[{ required: true, whitespace: true, max: 100, message: t('entry.termRequired') }]}
        >
          <Input data-testid="entry-term" />
        </Form.Item>
        {kind === 'allow' ? (
          <Form.Item name="note" label={t('entry.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : (
          <>
            <Space wrap align="start">
              <Form.Item
                name="category"
                label={t('entry.category')}
                rules={[{ required: true, message: t('entry.categoryRequired') }]}
              >
                <Select
                  style={{ width: 220 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={lexiconCategories.map((c) => ({ value: c, label: categoryLabel(c) }))}
                  data-testid="entry-category"
                />
              </Form.Item>
              <Form.Item name="severity" label={t('entry.severity')} rules={[{ required: true }]}>
                <InputNumber min={1} max={5} precision={0} style={{ width: 100 }} data-testid="entry-severity" />
              </Form.Item>
            </Space>
            <Form.Item name="kinds" label={t('entry.kinds')} extra={t('entry.kindsHint')}>
              <Select
                mode="multiple"
                allowClear
                options={contentKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              />
            </Form.Item>
            <Space wrap align="start">
              <Form.Item name="only" label={t('entry.only')}>
                <Select mode="tags" style={{ width: 270 }} tokenSeparators={[',', '，']} open={false} />
              </Form.Item>
              <Form.Item name="except" label={t('entry.except')}>
                <Select mode="tags" style={{ width: 270 }} tokenSeparators={[',', '，']} open={false} />
              </Form.Item>
            </Space>
            <Form.Item name="tags" label={t('entry.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，']} open={false} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="variants" valuePropName="checked">
                <Checkbox>{t('entry.variantsLong')}</Checkbox>
              </Form.Item>
              <Form.Item name="pinyinVariants" valuePropName="checked">
                <Checkbox>{t('entry.pinyinVariantsLong')}</Checkbox>
              </Form.Item>
            </Space>
          </>
        )}
        <Form.Item name="editNote" label={t('lexicons.editNote')}>
          <Input maxLength={500} placeholder={t('lexicons.editNotePlaceholder')} data-testid="entry-edit-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
