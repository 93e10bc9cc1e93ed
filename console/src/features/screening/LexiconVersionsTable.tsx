import { Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { LexiconExportMenu } from './LexiconExportMenu';
import type { LexiconVersion } from './lexicons.api';

interface LexiconVersionsTableProps {
  name: string;
  versions: LexiconVersion[];
  loading: boolean;
  onCompare: (from: number, to: number) => void;
}

/** Every version of a lexicon, newest first, with what each edit changed. */
export function LexiconVersionsTable({ name, versions, loading, onCompare }: LexiconVersionsTableProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<LexiconVersion> = [
    { title: t('lexicons.version'), dataIndex: 'version', width: 90, render: (v: number) => `v${v}` },
    {
      title: t('lexicons.createdAt'),
      dataIndex: 'createdAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    { title: t('lexicons.createdBy'), dataIndex: 'createdBy', width: 140 },
    { title: t('lexicons.note'), dataIndex: 'note', render: (note: string | null) => note || tc('empty') },
    { title: t('lexicons.entryCount'), dataIndex: 'entryCount', width: 100, align: 'right' },
    {
      title: t('lexicons.changes'),
      key: 'changes',
      width: 200,
      render: (_, v) => (
        <Space size="small">
          <Typography.Text type="success">+{v.added}</Typography.Text>
          <Typography.Text type="danger">−{v.removed}</Typography.Text>
          <Typography.Text type="warning">~{v.changed}</Typography.Text>
        </Space>
      ),
    },
    {
      title: tc('table.actions'),
      key: 'actions',
      width: 220,
      render: (_, v) => {
        // Newest first: the version before this one is the next row, whatever gaps the numbering has.
        const previous = versions[versions.indexOf(v) + 1]?.version;
        return (
          <Space size="small">
            <Button
              size="small"
              type="link"
              disabled={previous === undefined}
              onClick={() => previous !== undefined && onCompare(previous, v.version)}
              data-testid={`compare-v${v.version}`}
            >
              {t('lexicons.compareWithPrevious')}
            </Button>
            <LexiconExportMenu name={name} version={v.version} />
          </Space>
        );
      },
    },
  ];
  return (
    <Table<LexiconVersion>
      size="small"
      rowKey="version"
      columns={columns}
      dataSource={versions}
      loading={loading}
      pagination={versions.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      data-testid="lexicon-versions-table"
    />
  );
}
