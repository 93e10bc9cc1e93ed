import { Card } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useLanguage } from '../../i18n/useLanguage';
import { formatMinute } from '../../lib/format-time';
import type { DeliveriesPerMinute } from './overview.api';

export function DeliveriesPerMinuteChart({ perMinute }: { perMinute: DeliveriesPerMinute[] }) {
  const { t } = useTranslation('overview');
  const [language] = useLanguage();
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 40, right: 16, top: 36, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: perMinute.map((point) => formatMinute(point.minute, language)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('charts.succeeded'),
          type: 'bar',
          stack: 'deliveries',
          itemStyle: { color: '#52c41a' },
          data: perMinute.map((point) => point.succeeded),
        },
        {
          name: t('charts.failed'),
          type: 'bar',
          stack: 'deliveries',
          itemStyle: { color: '#ff4d4f' },
          data: perMinute.map((point) => point.failed),
        },
      ],
    }),
    [perMinute, language, t],
  );
  return (
    <Card size="small" title={t('charts.deliveriesPerMinute')}>
      <EChart option={option} testId="chart-deliveries-per-minute" />
    </Card>
  );
}
