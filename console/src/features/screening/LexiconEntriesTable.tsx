import { Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isTermEntry } from './lexicon-entry-form';
import type { LexiconEntry, LexiconKind, TermEntry } from './lexicons.api';
import { SeverityTag } from './SeverityTag';
import type { ContentKind } from './screening.types';
import { useCategoryLabel } from './useCategoryLabel';

interface LexiconEntriesTableProps {
  kind: LexiconKind;
  entries: LexiconEntry[];
  loading?: boolean;
  /** Row actions (edit, remove); no action column when absent. */
  actions?: (entry: LexiconEntry) => ReactNode;
  pagination?:
    | false
    | { current: number; pageSize: number; total: number; onChange: (page: number, size: number) => void };
  testId?: string;
}

const rowKey = (entry: LexiconEntry) => (isTermEntry(entry) ? `${entry.category}\u0000${entry.term}` : entry.term);

export function LexiconEntriesTable({
  kind,
  entries,
  loading,
  actions,
  pagination = false,
  testId,
}: LexiconEntriesTableProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const categoryLabel = useCategoryLabel();
  const term = {
    title: t('entry.term'),
    dataIndex: 'term',
    render: (value: string) => <Typography.Text strong>{value}</Typography.Text>,
  };
  const termColumns: TableColumnsType<LexiconEntry> = [
    term,
    {
      title: t('entry.category'),
      dataIndex: 'category',
      width: 150,
      render: (category: string) => categoryLabel(category),
    },
    {
      title: t('entry.severity'),
      dataIndex: 'severity',
      width: 100,
      render: (severity: number) => <SeverityTag severity={severity} />,
    },
    {
      title: t('entry.kinds'),
      dataIndex: 'kinds',
      render: (kinds: ContentKind[]) =>
        kinds.length === 0 ? (
          <Typography.Text type="secondary">{t('entry.allKinds')}</Typography.Text>
        ) : (
          kinds.map((k) => <Tag key={k}>{t(`kind.${k}`, { defaultValue: k })}</Tag>)
        ),
    },
    {
      title: t('entry.productCategories'),
      dataIndex: 'productCategories',
      render: (pc: TermEntry['productCategories']) =>
        pc ? (
          <Space orientation="vertical" size={0}>
            {pc.only ? <span>{t('entry.onlyList', { list: pc.only.join('、') })}</span> : null}
            {pc.except ? <span>{t('entry.exceptList', { list: pc.except.join('、') })}</span> : null}
          </Space>
        ) : (
          tc('empty')
        ),
    },
    {
      title: t('entry.tags'),
      dataIndex: 'tags',
      render: (tags: string[] | undefined) =>
        tags?.length ? tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : tc('empty'),
    },
    {
      title: t('entry.matching'),
      key: 'matching',
      width: 150,
      render: (_, entry) =>
        isTermEntry(entry) ? (
          <>
            {entry.variants ? <Tag>{t('entry.variants')}</Tag> : null}
            {entry.pinyinVariants ? <Tag>{t('entry.pinyinVariants')}</Tag> : null}
          </>
        ) : null,
    },
  ];
  const allowColumns: TableColumnsType<LexiconEntry> = [
    term,
    { title: t('entry.note'), dataIndex: 'note', render: (note: string | undefined) => note ?? tc('empty') },
  ];
  const columns = kind === 'allow' ? allowColumns : termColumns;
  if (actions)
    columns.push({ title: tc('table.actions'), key: 'actions', width: 150, render: (_, entry) => actions(entry) });

  return (
    <Table<LexiconEntry>
      size="small"
      rowKey={rowKey}
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={pagination ? { ...pagination, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] } : false}
      locale={{ emptyText: t('entry.none') }}
      data-testid={testId}
    />
  );
}
