import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { DeliveriesPerMinuteChart } from './DeliveriesPerMinuteChart';
import { EventsPerMinuteChart } from './EventsPerMinuteChart';
import { OverviewSection } from './OverviewSection';
import { useOverview } from './useOverview';

export function OverviewPage() {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const { data, error } = useOverview();

  return (
    <Flex vertical gap="large">
      <PageHeader
        title={t('title')}
        extra={
          <Typography.Text type="secondary" data-testid="overview-refreshed-at">
            {data ? (
              <>
                {tc('refreshedAt')} <DateTime value={data.generatedAt} /> ·{' '}
              </>
            ) : null}
            {tc('autoRefresh')}
          </Typography.Text>
        }
      />
      {error ? <ErrorAlert error={error} testId="overview-error" /> : null}
      <Row gutter={[16, 16]}>
        <OverviewSection
          section="events"
          xl={8}
          stats={[
            { label: 'eventsLastHour', value: data?.events.lastHour, testId: 'stat-events-last-hour' },
            { label: 'eventsTotal', value: data?.events.total, testId: 'stat-events-total' },
          ]}
        />
        <OverviewSection
          section="deliveries"
          xl={16}
          stats={[
            {
              label: 'deliveriesSucceeded',
              value: data?.deliveries.succeeded,
              testId: 'stat-deliveries-succeeded',
              tone: 'good',
            },
            {
              label: 'deliveriesFailing',
              value: data?.deliveries.failing,
              testId: 'stat-deliveries-failing',
              tone: 'warning',
            },
            { label: 'deliveriesPending', value: data?.deliveries.pending, testId: 'stat-deliveries-pending' },
            { label: 'deliveriesDead', value: data?.deliveries.dead, testId: 'stat-deliveries-dead', tone: 'bad' },
          ]}
        />
        <OverviewSection
          section="jobs"
          xl={14}
          stats={[
            { label: 'jobsPending', value: data?.jobs.pending, testId: 'stat-jobs-pending' },
            { label: 'jobsRunning', value: data?.jobs.running, testId: 'stat-jobs-running' },
            { label: 'jobsDead', value: data?.jobs.dead, testId: 'stat-jobs-dead', tone: 'bad' },
          ]}
        />
        <OverviewSection
          section="endpoints"
          xl={10}
          stats={[
            { label: 'endpointsActive', value: data?.endpoints.active, testId: 'stat-endpoints-active', tone: 'good' },
            {
              label: 'endpointsDisabled',
              value: data?.endpoints.disabled,
              testId: 'stat-endpoints-disabled',
              tone: 'warning',
            },
          ]}
        />
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <EventsPerMinuteChart perMinute={data?.events.perMinute ?? []} />
        </Col>
        <Col xs={24} xl={12}>
          <DeliveriesPerMinuteChart perMinute={data?.deliveries.perMinute ?? []} />
        </Col>
      </Row>
    </Flex>
  );
}
