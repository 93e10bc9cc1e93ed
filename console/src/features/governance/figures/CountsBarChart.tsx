import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { EChart } from '../../../components/EChart';
import { rankedCounts } from './figures-view';

interface CountsBarChartProps {
  counts: Record<string, number>;
  label: (key: string) => string;
  color: string;
  testId: string;
}

/** Counts per key as horizontal bars, largest on top. */
export function CountsBarChart({ counts, label, color, testId }: CountsBarChartProps) {
  const option = useMemo<EChartsOption>(() => {
    // ECharts draws a category axis from the bottom up: reversed, the largest count sits on top.
    const ranked = rankedCounts(counts).reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: ranked.map((c) => label(c.key)) },
      series: [{ type: 'bar', color, barMaxWidth: 20, data: ranked.map((c) => c.count) }],
    };
  }, [counts, label, color]);
  const rows = Object.keys(counts).length;
  return <EChart option={option} height={Math.max(160, rows * 32 + 40)} testId={testId} />;
}
