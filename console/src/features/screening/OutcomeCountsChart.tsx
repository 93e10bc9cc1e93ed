import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { type Outcome, outcomes } from './screening.types';

const barColors: Record<Outcome, string> = {
  allow: '#52c41a',
  review: '#faad14',
  block: '#ff4d4f',
  stop_stream: '#c41d7f',
};

interface OutcomeCountsChartProps {
  counts: Partial<Record<Outcome, number>>;
  height?: number;
  testId?: string;
}

/** One bar per outcome, in the order of increasing severity. */
export function OutcomeCountsChart({ counts, height = 180, testId }: OutcomeCountsChartProps) {
  const { t } = useTranslation('screening');
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: outcomes.map((outcome) => t(`outcome.${outcome}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 48,
          data: outcomes.map((outcome) => ({ value: counts[outcome] ?? 0, itemStyle: { color: barColors[outcome] } })),
        },
      ],
    }),
    [counts, t],
  );
  return <EChart option={option} height={height} testId={testId} />;
}
