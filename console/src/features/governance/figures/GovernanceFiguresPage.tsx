import { Card, Col, Empty, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { CountsBarChart } from './CountsBarChart';
import { FigureCards } from './FigureCards';
import { FiguresRangePicker } from './FiguresRangePicker';
import { useGovernanceFigures } from './figures.queries';
import type { DayRange } from './figures.types';
import { lastDays, utcDay } from './figures-view';
import { PenaltiesBySubjectChart } from './PenaltiesBySubjectChart';
import { QueueFiguresTable } from './QueueFiguresTable';
import { ReportRateChart } from './ReportRateChart';
import { useFigureLabels } from './use-figure-labels';

export function GovernanceFiguresPage() {
  const { t } = useTranslation('figures');
  const [today] = useState(() => utcDay(new Date()));
  const [range, setRange] = useState<DayRange>(() => lastDays(new Date()));
  const figures = useGovernanceFigures(range);
  const { action, subjectKind } = useFigureLabels();
  const data = figures.data;

  return (
    <>
      <PageHeader title={t('title')} extra={<FiguresRangePicker range={range} onChange={setRange} today={today} />} />
      {figures.error && <ErrorAlert error={figures.error} testId="figures-error" />}
      {figures.isPending && <Spin />}
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="figures-page">
          <FigureCards figures={data} />
          <Card title={t('rates.title')} extra={<Typography.Text type="secondary">{t('rates.gaps')}</Typography.Text>}>
            <ReportRateChart rates={data.reportRates} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card title={`${t('penalties.byAction')} · ${data.penalties.total}`} style={{ height: '100%' }}>
                {data.penalties.total === 0 ? (
                  <Empty description={t('penalties.empty')} />
                ) : (
                  <CountsBarChart
                    counts={data.penalties.byAction}
                    label={action}
                    color="#d4380d"
                    testId="figures-penalties-by-action"
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('penalties.bySubjectKind')} style={{ height: '100%' }}>
                {data.penalties.total === 0 ? (
                  <Empty description={t('penalties.empty')} />
                ) : (
                  <PenaltiesBySubjectChart
                    bySubjectKind={data.penalties.bySubjectKind}
                    action={action}
                    subjectKind={subjectKind}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={`${t('penalties.bans')} · ${data.bans.total}`} style={{ height: '100%' }}>
                {data.bans.total === 0 ? (
                  <Empty description={t('penalties.noBans')} />
                ) : (
                  <CountsBarChart
                    counts={data.bans.byViolationType}
                    label={(type) => type}
                    color="#820014"
                    testId="figures-bans"
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={t('queues.title')} style={{ height: '100%' }}>
                <QueueFiguresTable figures={data} />
              </Card>
            </Col>
          </Row>
          <Typography.Text type="secondary">
            {t('range.generatedAt')}: <DateTime value={data.generatedAt} />
          </Typography.Text>
        </Space>
      )}
    </>
  );
}
