import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../components/EChart';
import type { GovernanceFigures } from './figures.types';
import { reportRateSeries } from './figures-view';

/**
 * Reports per 10,000 viewers and per 10,000 orders by day. The two rates differ by orders of
 * magnitude (few orders, many viewers), so each has its own axis; a day without a denominator is
 * a gap, not a zero.
 */
export function ReportRateChart({ rates }: { rates: GovernanceFigures['reportRates'] }) {
  const { t } = useTranslation('figures');
  const option = useMemo<EChartsOption>(() => {
    const series = reportRateSeries(rates);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: series.days },
      yAxis: [
        { type: 'value', name: t('rates.perViewers'), nameTextStyle: { align: 'left' } },
        { type: 'value', name: t('rates.perOrders'), nameTextStyle: { align: 'right' } },
      ],
      series: [
        {
          name: t('rates.perViewers'),
          type: 'line',
          yAxisIndex: 0,
          color: '#1677ff',
          connectNulls: false,
          data: series.perTenThousandViewers,
        },
        {
          name: t('rates.perOrders'),
          type: 'bar',
          yAxisIndex: 1,
          color: '#fa8c16',
          barMaxWidth: 16,
          data: series.perTenThousandOrders,
        },
      ],
    };
  }, [rates, t]);
  return <EChart option={option} height={300} testId="figures-report-rates" />;
}
