import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { DecisionStatus } from '../governance/governance.types';
import { DecisionStatusTag } from './DecisionStatusTag';
import { PortalSanctionsTable } from './PortalSanctionsTable';
import { usePortalDecisions, usePortalSanctions } from './portal.queries';
import type { PortalDecision } from './portal.types';

/** The user's sanctions, in force and ended, and the decisions that imposed them. */
export function PortalDecisionsPanel() {
  const { t } = useTranslation('portal');
  const { t: tg } = useTranslation('governance');
  const sanctions = usePortalSanctions();
  const decisions = usePortalDecisions();
  const all = sanctions.data ?? [];
  const active = all.filter((s) => s.status === 'active');
  const past = all.filter((s) => s.status !== 'active');

  return (
    <Flex vertical gap="middle">
      <Card title={t('sanctions.title')}>
        {sanctions.error ? <ErrorAlert error={sanctions.error} /> : null}
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('sanctions.active')}
        </Typography.Title>
        <PortalSanctionsTable
          sanctions={active}
          loading={sanctions.isPending}
          emptyText={t('sanctions.noneActive')}
          testId="portal-sanctions-active"
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('sanctions.past')}
        </Typography.Title>
        <PortalSanctionsTable
          sanctions={past}
          loading={sanctions.isPending}
          emptyText={t('sanctions.nonePast')}
          testId="portal-sanctions-past"
        />
      </Card>
      <Card title={t('decisions.title')}>
        {decisions.error ? <ErrorAlert error={decisions.error} /> : null}
        <Table<PortalDecision>
          rowKey="id"
          size="small"
          data-testid="portal-decisions"
          loading={decisions.isPending}
          dataSource={decisions.data ?? []}
          pagination={false}
          locale={{ emptyText: t('decisions.none') }}
          onRow={(d) => ({ 'data-testid': 'portal-decision', 'data-decision-id': d.id }) as object}
          columns={[
            {
              title: t('decisions.decision'),
              dataIndex: 'id',
              render: (id: string) => (
                <Link to={`/portal/decisions/${encodeURIComponent(id)}`} data-testid="portal-decision-open">
                  {id}
                </Link>
              ),
            },
            {
              title: tg('result.status'),
              dataIndex: 'status',
              render: (status: DecisionStatus) => <DecisionStatusTag status={status} />,
            },
            {
              title: t('decisions.violation'),
              dataIndex: 'violationType',
              render: (type: string | null) => type ?? t('decisions.noViolation'),
            },
            {
              title: t('decisions.points'),
              key: 'points',
              render: (_: unknown, d) =>
                d.track ? tg('decision.track', { track: tg(`track.${d.track}`), points: d.points }) : d.points,
            },
            {
              title: t('decisions.target'),
              key: 'target',
              render: (_: unknown, d) => `${d.target.kind} ${d.target.id}`,
            },
            {
              title: t('decisions.decidedAt'),
              dataIndex: 'decidedAt',
              render: (v: string) => <DateTime value={v} />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
