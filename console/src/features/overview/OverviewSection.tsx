import { Col } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppResources } from '../../i18n/resources';
import type { StatTone } from './StatCard';
import { StatSection } from './StatSection';

type Messages = AppResources['overview'];

export interface OverviewStat {
  /** Key of the figure's title under `stats` in the overview messages. */
  label: keyof Messages['stats'];
  value: number | undefined;
  testId: string;
  tone?: StatTone;
}

interface OverviewSectionProps {
  section: keyof Messages['sections'];
  /** Columns out of 24 the section takes on a wide screen; it takes the whole row on a narrow one. */
  xl: number;
  stats: OverviewStat[];
}

/** One section of the overview grid: its title and its figures, in their own column. */
export function OverviewSection({ section, xl, stats }: OverviewSectionProps) {
  const { t } = useTranslation('overview');
  return (
    <Col xs={24} xl={xl}>
      <StatSection
        title={t(`sections.${section}`)}
        items={stats.map(({ label, ...stat }) => ({ ...stat, title: t(`stats.${label}`) }))}
      />
    </Col>
  );
}
