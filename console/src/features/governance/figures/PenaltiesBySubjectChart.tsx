import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { EChart } from '../../../components/EChart';
import type { SanctionCounts } from './figures.types';
import { stackedByAction } from './figures-view';

interface PenaltiesBySubjectChartProps {
  bySubjectKind: Record<string, SanctionCounts>;
  action: (key: string) => string;
  subjectKind: (key: string) => string;
}

/** Penalties per subject kind, each bar split by action. */
export function PenaltiesBySubjectChart({ bySubjectKind, action, subjectKind }: PenaltiesBySubjectChartProps) {
  const option = useMemo<EChartsOption>(() => {
    const stacked = stackedByAction(bySubjectKind);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: stacked.categories.map(subjectKind) },
      yAxis: { type: 'value', minInterval: 1 },
      series: stacked.series.map((s) => ({
        name: action(s.action),
        type: 'bar',
        stack: 'penalties',
        barMaxWidth: 48,
        data: s.data,
      })),
    };
  }, [bySubjectKind, action, subjectKind]);
  return <EChart option={option} height={260} testId="figures-penalties-by-subject" />;
}
