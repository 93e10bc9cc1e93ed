import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GovernanceFigures } from './figures.types';
import { percent } from './figures-view';
import { useFigureLabels } from './use-figure-labels';

interface FigureCardProps {
  testId: string;
  /** The API's own number, kept on the card so a test can compare it with the server's answer. */
  raw: number | null;
  children: ReactNode;
  hint?: string;
}

function FigureCard({ testId, raw, children, hint }: FigureCardProps) {
  return (
    <Col xs={12} md={8} xl={4}>
      <Card size="small" style={{ height: '100%' }} data-testid={testId} data-value={raw ?? ''}>
        {children}
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
      </Card>
    </Col>
  );
}

/** The key numbers of the range, each on a card. */
export function FigureCards({ figures }: { figures: GovernanceFigures }) {
  const { t } = useTranslation('figures');
  const { duration } = useFigureLabels();
  const none = t('cards.none');
  const share = (value: number | null, title: string) =>
    value === null ? (
      <Statistic title={title} value={none} />
    ) : (
      <Statistic title={title} value={percent(value) ?? 0} precision={1} suffix="%" />
    );
  const { timeToDecision, slaBreaches, appeals, automation } = figures;
  return (
    <Row gutter={[16, 16]}>
      <FigureCard
        testId="figure-median-time"
        raw={timeToDecision.medianSeconds}
        hint={t('cards.medianTimeHint', { count: timeToDecision.decisions })}
      >
        <Statistic title={t('cards.medianTime')} value={duration(timeToDecision.medianSeconds)} />
      </FigureCard>
      <FigureCard testId="figure-sla-breaches" raw={slaBreaches.total}>
        <Statistic
          title={t('cards.slaBreaches')}
          value={slaBreaches.total}
          styles={{ content: slaBreaches.total > 0 ? { color: '#cf1322' } : {} }}
        />
      </FigureCard>
      <FigureCard
        testId="figure-reversal-rate"
        raw={appeals.reversalRate}
        hint={t('cards.reversalHint', { count: appeals.decided })}
      >
        {share(appeals.reversalRate, t('cards.reversalRate'))}
      </FigureCard>
      <FigureCard testId="figure-automated" raw={automation.automatedShare}>
        {share(automation.automatedShare, t('cards.automated'))}
      </FigureCard>
      <FigureCard testId="figure-partially-automated" raw={automation.partiallyAutomatedShare}>
        {share(automation.partiallyAutomatedShare, t('cards.partiallyAutomated'))}
      </FigureCard>
      <FigureCard testId="figure-reports" raw={figures.reportRates.total.reports}>
        <Statistic title={t('cards.reports')} value={figures.reportRates.total.reports} />
      </FigureCard>
    </Row>
  );
}
