import { App, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCaseActions } from './governance.queries';

/** Adds an internal note; the notes themselves show in the history. */
export function CaseNotes({ caseId }: { caseId: string }) {
  const { t } = useTranslation('governance');
  const { message } = App.useApp();
  const { addNote } = useCaseActions(caseId);
  const [text, setText] = useState('');
  const submit = () =>
    addNote.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        void message.success(t('notes.added'));
      },
    });
  return (
    <Card title={t('notes.title')} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('notes.placeholder')}
          maxLength={2_000}
          autoSize={{ minRows: 2, maxRows: 6 }}
          data-testid="case-note-text"
        />
        {addNote.error && <ErrorAlert error={addNote.error} />}
        <Button onClick={submit} disabled={text.trim() === ''} loading={addNote.isPending} data-testid="case-note-add">
          {t('notes.add')}
        </Button>
      </Space>
    </Card>
  );
}
