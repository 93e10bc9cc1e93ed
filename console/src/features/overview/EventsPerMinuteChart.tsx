import { Card } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useLanguage } from '../../i18n/useLanguage';
import { formatMinute } from '../../lib/format-time';
import type { EventsPerMinute } from './overview.api';

export function EventsPerMinuteChart({ perMinute }: { perMinute: EventsPerMinute[] }) {
  const { t } = useTranslation('overview');
  const [language] = useLanguage();
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: perMinute.map((point) => formatMinute(point.minute, language)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('charts.events'),
          type: 'line',
          smooth: true,
          showSymbol: false,
          areaStyle: { opacity: 0.15 },
          data: perMinute.map((point) => point.count),
        },
      ],
    }),
    [perMinute, language, t],
  );
  return (
    <Card size="small" title={t('charts.eventsPerMinute')}>
      <EChart option={option} testId="chart-events-per-minute" />
    </Card>
  );
}
