import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { DeliveriesPerMinuteChart } from './DeliveriesPerMinuteChart';
import { EventsPerMinuteChart } from './EventsPerMinuteChart';
import { StatSection } from './StatSection';
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
        <Col xs={24} xl={8}>
          <StatSection
            title={t('sections.events')}
            items={[
              { title: t('stats.eventsLastHour'), value: data?.events.lastHour, testId: 'stat-events-last-hour' },
              { title: t('stats.eventsTotal'), value: data?.events.total, testId: 'stat-events-total' },
            ]}
          />
        </Col>
        <Col xs={24} xl={16}>
          <StatSection
            title={t('sections.deliveries')}
            items={[
              {
                title: t('stats.deliveriesSucceeded'),
                value: data?.deliveries.succeeded,
                testId: 'stat-deliveries-succeeded',
                tone: 'good',
              },
              {
                title: t('stats.deliveriesFailing'),
                value: data?.deliveries.failing,
                testId: 'stat-deliveries-failing',
                tone: 'warning',
              },
              {
                title: t('stats.deliveriesPending'),
                value: data?.deliveries.pending,
                testId: 'stat-deliveries-pending',
              },
              {
                title: t('stats.deliveriesDead'),
                value: data?.deliveries.dead,
                testId: 'stat-deliveries-dead',
                tone: 'bad',
              },
            ]}
          />
        </Col>
        <Col xs={24} xl={14}>
          <StatSection
            title={t('sections.jobs')}
            items={[
              { title: t('stats.jobsPending'), value: data?.jobs.pending, testId: 'stat-jobs-pending' },
              { title: t('stats.jobsRunning'), value: data?.jobs.running, testId: 'stat-jobs-running' },
              { title: t('stats.jobsDead'), value: data?.jobs.dead, testId: 'stat-jobs-dead', tone: 'bad' },
            ]}
          />
        </Col>
        <Col xs={24} xl={10}>
          <StatSection
            title={t('sections.endpoints')}
            items={[
              {
                title: t('stats.endpointsActive'),
                value: data?.endpoints.active,
                testId: 'stat-endpoints-active',
                tone: 'good',
              },
              {
                title: t('stats.endpointsDisabled'),
                value: data?.endpoints.disabled,
                testId: 'stat-endpoints-disabled',
                tone: 'warning',
              },
            ]}
          />
        </Col>
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
