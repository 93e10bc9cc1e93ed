import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from './audit.api';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null) return <>{t('empty')}</>;
  return (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(value, null, 2)}</pre>
  );
}

/** What changed (before → after) and the entry's place in the hash chain. */
export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'id', label: 'ID', children: <Typography.Text code>{entry.id}</Typography.Text> },
        { key: 'before', label: t('before'), children: <Json value={entry.before} /> },
        { key: 'after', label: t('after'), children: <Json value={entry.after} /> },
        {
          key: 'prevHash',
          label: t('prevHash'),
          children: <Typography.Text code>{entry.prevHash ?? tc('empty')}</Typography.Text>,
        },
        {
          key: 'hash',
          label: t('hash'),
          children: <Typography.Text code>{entry.hash ?? tc('empty')}</Typography.Text>,
        },
      ]}
    />
  );
}
