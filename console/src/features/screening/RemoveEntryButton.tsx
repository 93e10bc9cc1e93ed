import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { entryKey } from './lexicon-entry-form';
import type { LexiconEntry } from './lexicons.api';
import { useEditLexicon } from './lexicons.queries';

interface RemoveEntryButtonProps {
  name: string;
  baseVersion: number;
  entry: LexiconEntry;
  /** Receives a refusal (a version conflict above all), which the panel shows with a reload button. */
  onError: (error: unknown) => void;
}

export function RemoveEntryButton({ name, baseVersion, entry, onError }: RemoveEntryButtonProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const edit = useEditLexicon(name);
  return (
    <Popconfirm
      title={t('lexicons.removeConfirm', { term: entry.term })}
      okText={tc('actions.delete')}
      cancelText={tc('actions.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        edit
          .mutateAsync({ baseVersion, remove: [entryKey(entry)] })
          .then((result) => void message.success(t('lexicons.savedVersion', { version: result.version })), onError)
      }
    >
      <Button size="small" type="link" danger loading={edit.isPending}>
        {tc('actions.delete')}
      </Button>
    </Popconfirm>
  );
}
