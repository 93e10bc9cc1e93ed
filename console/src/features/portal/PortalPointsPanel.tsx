import { Card, Col, Empty, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { SubjectPoints, Track } from '../governance/governance.types';
import { PointsTimelineChart } from '../governance/PointsTimelineChart';
import { usePortalPoints } from './portal.queries';

const tracks: Track[] = ['general', 'serious'];
type Entry = SubjectPoints['entries'][number];

interface PortalPointsPanelProps {
  kind: 'merchant' | 'host' | null;
  subjectId: string | null;
}

/** The user's own points per track, how they came about, and each entry with its expiry. */
export function PortalPointsPanel({ kind, subjectId }: PortalPointsPanelProps) {
  const { t } = useTranslation('portal');
  const { t: tg } = useTranslation('governance');
  const points = usePortalPoints(kind, subjectId);

  if (kind === null || subjectId === null) return <Empty description={t('points.noLedger')} />;
  if (points.error) return <ErrorAlert error={points.error} />;
  if (!points.data) return <Card loading />;
  const data = points.data;

  return (
    <Flex vertical gap="middle" data-testid="portal-points">
      <Row gutter={[16, 16]}>
        {tracks.map((track) => (
          <Col key={track} xs={24} md={12}>
            <Card data-testid={`portal-points-total-${track}`}>
              <Statistic title={tg('points.total', { track: tg(`track.${track}`) })} value={data.totals[track]} />
              <Typography.Text type="secondary">
                {data.nextThresholds[track] === null
                  ? tg('points.lastThreshold')
                  : tg('points.nextThreshold', { points: data.nextThresholds[track] })}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">{tg('points.expiry', { days: data.expiryDays })}</Typography.Text>
      <Card title={tg('points.timeline')}>
        {data.entries.length === 0 ? (
          <Empty description={tg('points.none')} />
        ) : (
          <PointsTimelineChart entries={data.entries} now={data.at} />
        )}
      </Card>
      <Card title={tg('points.entries')}>
        <Table<Entry>
          rowKey="id"
          size="small"
          dataSource={data.entries}
          pagination={false}
          data-testid="portal-points-entries"
          locale={{ emptyText: tg('points.none') }}
          columns={[
            { title: tg('points.violationType'), dataIndex: 'violationType' },
            { title: tg('points.track'), dataIndex: 'track', render: (track: Track) => tg(`track.${track}`) },
            { title: tg('result.points'), dataIndex: 'points' },
            { title: tg('points.decidedAt'), dataIndex: 'decidedAt', render: (v: string) => <DateTime value={v} /> },
            { title: tg('points.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => <DateTime value={v} /> },
            {
              title: tg('result.status'),
              key: 'status',
              render: (_: unknown, e: Entry) =>
                e.reversed ? (
                  <Tag>{tg('points.reversed')}</Tag>
                ) : e.inForce ? (
                  <Tag color="red">{tg('points.inForce')}</Tag>
                ) : (
                  <Tag>{tg('points.expired')}</Tag>
                ),
            },
            {
              title: t('sanctions.decision'),
              dataIndex: 'decisionId',
              render: (id: string) => <Link to={`/portal/decisions/${encodeURIComponent(id)}`}>{id}</Link>,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
