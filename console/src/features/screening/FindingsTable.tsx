import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SeverityTag } from './SeverityTag';
import type { Finding } from './screening.types';
import { useCategoryLabel } from './useCategoryLabel';

interface FindingsTableProps {
  findings: Finding[];
  activeIndex?: number | null;
  onActiveChange?: (index: number | null) => void;
  testId?: string;
}

type Row = Finding & { index: number };

export function FindingsTable({
  findings,
  activeIndex,
  onActiveChange,
  testId = 'findings-table',
}: FindingsTableProps) {
  const { t } = useTranslation('screening');
  const categoryLabel = useCategoryLabel();
  const columns: TableColumnsType<Row> = [
    { title: t('finding.category'), dataIndex: 'category', render: (category: string) => categoryLabel(category) },
    {
      title: t('finding.severity'),
      dataIndex: 'severity',
      width: 110,
      sorter: (a, b) => a.severity - b.severity,
      render: (severity: number) => <SeverityTag severity={severity} />,
    },
    {
      title: t('finding.term'),
      dataIndex: 'term',
      render: (term: string) => <Typography.Text code>{term}</Typography.Text>,
    },
    {
      title: t('finding.text'),
      dataIndex: 'text',
      render: (text: string) => <Typography.Text mark>{text}</Typography.Text>,
    },
    { title: t('finding.section'), dataIndex: 'section', width: 100 },
    { title: t('finding.line'), dataIndex: 'line', width: 80, align: 'right' },
    {
      title: t('finding.position'),
      key: 'position',
      width: 120,
      render: (_, finding) => `${finding.start}–${finding.end}`,
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="index"
      columns={columns}
      dataSource={findings.map((finding, index) => ({ ...finding, index }))}
      pagination={findings.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      rowClassName={(row) => (row.index === activeIndex ? 'ant-table-row-selected' : '')}
      onRow={(row) => ({
        onMouseEnter: () => onActiveChange?.(row.index),
        onMouseLeave: () => onActiveChange?.(null),
      })}
      locale={{ emptyText: t('finding.none') }}
      data-testid={testId}
    />
  );
}
