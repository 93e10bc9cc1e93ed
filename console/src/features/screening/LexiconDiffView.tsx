import { Badge, Empty, Flex, Select, Space, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { entryChanges } from './entry-changes';
import { LexiconEntriesTable } from './LexiconEntriesTable';
import type { LexiconEntry, LexiconKind, LexiconVersion } from './lexicons.api';
import { useLexiconDiff } from './lexicons.queries';

interface LexiconDiffViewProps {
  name: string;
  kind: LexiconKind;
  versions: LexiconVersion[];
  from: number | undefined;
  to: number | undefined;
  onChange: (from: number | undefined, to: number | undefined) => void;
}

type ChangedRow = { before: LexiconEntry; after: LexiconEntry };

/** What one version added, removed and changed compared with another. */
export function LexiconDiffView({ name, kind, versions, from, to, onChange }: LexiconDiffViewProps) {
  const { t } = useTranslation('screening');
  const diff = useLexiconDiff(name, from, to);
  const options = versions.map((v) => ({ value: v.version, label: `v${v.version}` }));
  const changedColumns: TableColumnsType<ChangedRow> = [
    {
      title: t('entry.term'),
      key: 'term',
      width: 200,
      render: (_, row) => <Typography.Text strong>{row.after.term}</Typography.Text>,
    },
    {
      title: t('lexicons.diff.fields'),
      key: 'fields',
      render: (_, row) => (
        <Flex vertical>
          {entryChanges(row.before, row.after).map((change) => (
            <span key={change.field}>
              <Typography.Text code>{change.field}</Typography.Text>{' '}
              <Typography.Text delete type="danger">
                {change.before}
              </Typography.Text>
              {' → '}
              <Typography.Text type="success">{change.after}</Typography.Text>
            </span>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Space wrap>
        <span>{t('lexicons.diff.from')}</span>
        <Select<number>
          style={{ width: 120 }}
          value={from}
          options={options}
          onChange={(value) => onChange(value, to)}
          data-testid="diff-from"
        />
        <span>{t('lexicons.diff.to')}</span>
        <Select<number>
          style={{ width: 120 }}
          value={to}
          options={options}
          onChange={(value) => onChange(from, value)}
          data-testid="diff-to"
        />
      </Space>
      {diff.error ? <ErrorAlert error={diff.error} /> : null}
      {from === undefined || to === undefined || from === to ? (
        <Empty description={t('lexicons.diff.pick')} />
      ) : diff.data ? (
        <Tabs
          data-testid="lexicon-diff"
          items={[
            {
              key: 'added',
              label: (
                <Space size={4}>
                  {t('lexicons.diff.added')}
                  <Badge count={diff.data.added.length} showZero color="green" />
                </Space>
              ),
              children: <LexiconEntriesTable kind={kind} entries={diff.data.added} testId="diff-added" />,
            },
            {
              key: 'removed',
              label: (
                <Space size={4}>
                  {t('lexicons.diff.removed')}
                  <Badge count={diff.data.removed.length} showZero color="red" />
                </Space>
              ),
              children: <LexiconEntriesTable kind={kind} entries={diff.data.removed} testId="diff-removed" />,
            },
            {
              key: 'changed',
              label: (
                <Space size={4}>
                  {t('lexicons.diff.changed')}
                  <Badge count={diff.data.changed.length} showZero color="gold" />
                </Space>
              ),
              children: (
                <Table<ChangedRow>
                  size="small"
                  rowKey={(row) => JSON.stringify([row.before.term, (row.before as { category?: string }).category])}
                  columns={changedColumns}
                  dataSource={diff.data.changed}
                  pagination={diff.data.changed.length > 50 ? { pageSize: 50 } : false}
                  locale={{ emptyText: t('entry.none') }}
                  data-testid="diff-changed"
                />
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
