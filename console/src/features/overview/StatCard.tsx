import { Card, Statistic } from 'antd';

export type StatTone = 'neutral' | 'good' | 'warning' | 'bad';

const toneColors: Record<StatTone, string | undefined> = {
  neutral: undefined,
  good: '#389e0d',
  warning: '#d48806',
  bad: '#cf1322',
};

interface StatCardProps {
  title: string;
  value: number | undefined;
  testId: string;
  /** How a non-zero value should read: a dead delivery is bad, a succeeded one good. */
  tone?: StatTone;
}

export function StatCard({ title, value, testId, tone = 'neutral' }: StatCardProps) {
  const color = value ? toneColors[tone] : undefined;
  return (
    <Card size="small" data-testid={testId}>
      <Statistic title={title} value={value ?? 0} loading={value === undefined} styles={{ content: { color } }} />
    </Card>
  );
}
