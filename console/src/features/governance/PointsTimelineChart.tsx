import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import type { SubjectPoints, Track } from './governance.types';
import { pointsTimeline } from './points-timeline';

const tracks: Track[] = ['general', 'serious'];
const colours: Record<Track, string> = { general: '#d48806', serious: '#cf1322' };

/** Points in force per track, stepping up at each decision. */
export function PointsTimelineChart({ entries, now }: { entries: SubjectPoints['entries']; now: string }) {
  const { t } = useTranslation('governance');
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1 },
      series: tracks.map((track) => ({
        name: t(`track.${track}`),
        type: 'line',
        step: 'end',
        color: colours[track],
        data: pointsTimeline(entries, track, now).map((p) => [p.at, p.total]),
      })),
    }),
    [entries, now, t],
  );
  return <EChart option={option} height={240} testId="points-timeline" />;
}
