import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { LexiconKindTag } from './LexiconKindTag';
import type { LexiconKind, LexiconSummary } from './lexicons.api';

interface LexiconsTableProps {
  lexicons: LexiconSummary[];
  loading: boolean;
  onOpen: (name: string) => void;
}

export function LexiconsTable({ lexicons, loading, onOpen }: LexiconsTableProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const columns: TableColumnsType<LexiconSummary> = [
    {
      title: t('lexicons.name'),
      dataIndex: 'name',
      render: (name: string) => (
        <Typography.Link onClick={() => onOpen(name)} data-testid={`lexicon-${name}`}>
          {name}
        </Typography.Link>
      ),
    },
    {
      title: t('lexicons.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (kind: LexiconKind) => <LexiconKindTag kind={kind} />,
    },
    { title: t('lexicons.version'), dataIndex: 'version', width: 90, align: 'right', render: (v: number) => `v${v}` },
    { title: t('lexicons.entryCount'), dataIndex: 'entryCount', width: 110, align: 'right' },
    {
      title: t('lexicons.updatedAt'),
      dataIndex: 'updatedAt',
      width: 180,
      render: (value: string) => <DateTime value={value} />,
    },
    { title: t('lexicons.updatedBy'), dataIndex: 'updatedBy', width: 140 },
    {
      title: tc('table.actions'),
      key: 'actions',
      width: 100,
      render: (_, lexicon) => (
        <Button size="small" type="link" onClick={() => onOpen(lexicon.name)}>
          {t('lexicons.open')}
        </Button>
      ),
    },
  ];
  return (
    <Table<LexiconSummary>
      rowKey="name"
      columns={columns}
      dataSource={lexicons}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('lexicons.none') }}
      data-testid="lexicons-table"
    />
  );
}
