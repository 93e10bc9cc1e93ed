import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { OutcomeTag } from './OutcomeTag';
import type { OutcomePair } from './policies.api';
import type { Outcome } from './screening.types';

/** How often the shadow policy decided differently, per pair of active and shadow outcomes. */
export function OutcomePairsTable({ pairs }: { pairs: OutcomePair[] }) {
  const { t } = useTranslation('screening');
  const columns: TableColumnsType<OutcomePair> = [
    {
      title: t('disagreements.activeOutcome'),
      dataIndex: 'active',
      render: (o: Outcome) => <OutcomeTag outcome={o} />,
    },
    { title: '', key: 'arrow', width: 40, render: () => '→' },
    {
      title: t('disagreements.shadowOutcome'),
      dataIndex: 'shadow',
      render: (o: Outcome) => <OutcomeTag outcome={o} />,
    },
    { title: t('disagreements.count'), dataIndex: 'count', align: 'right', width: 100 },
  ];
  return (
    <Table<OutcomePair>
      size="small"
      rowKey={(pair) => `${pair.active}\u0000${pair.shadow}`}
      columns={columns}
      dataSource={[...pairs].sort((a, b) => b.count - a.count)}
      pagination={false}
      locale={{ emptyText: t('disagreements.none') }}
      data-testid="disagreement-pairs"
    />
  );
}
