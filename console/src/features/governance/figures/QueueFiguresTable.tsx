import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GovernanceFigures } from './figures.types';
import { type QueueFigures, queueRows } from './figures-view';
import { useFigureLabels } from './use-figure-labels';

export function QueueFiguresTable({ figures }: { figures: GovernanceFigures }) {
  const { t } = useTranslation('figures');
  const { duration } = useFigureLabels();
  return (
    <Table<QueueFigures>
      rowKey="queue"
      size="small"
      pagination={false}
      data-testid="figures-queues"
      dataSource={queueRows(figures.timeToDecision.byQueue, figures.slaBreaches.byQueue)}
      locale={{ emptyText: t('queues.empty') }}
      columns={[
        { title: t('queues.queue'), dataIndex: 'queue' },
        { title: t('queues.slaBreaches'), dataIndex: 'slaBreaches', align: 'right' },
        { title: t('queues.decisions'), dataIndex: 'decisions', align: 'right' },
        {
          title: t('queues.medianTime'),
          dataIndex: 'medianSeconds',
          align: 'right',
          render: (v: number | null) => duration(v),
        },
      ]}
    />
  );
}
