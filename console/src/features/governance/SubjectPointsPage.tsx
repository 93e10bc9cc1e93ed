import { Card, Col, Empty, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../i18n/useLanguage';
import { useSubjectPoints, useViolationCatalogue } from './governance.queries';
import type { SubjectKind, SubjectPoints, Track } from './governance.types';
import { PointsTimelineChart } from './PointsTimelineChart';
import { SanctionList } from './SanctionList';
import { SubjectCasesCard } from './SubjectCasesCard';

const tracks: Track[] = ['general', 'serious'];
type Entry = SubjectPoints['entries'][number];

export function SubjectPointsPage() {
  const { kind = 'merchant', id = '' } = useParams();
  const { t } = useTranslation('governance');
  const points = useSubjectPoints(kind, id);
  const catalogue = useViolationCatalogue();
  const [language] = useLanguage();
  const violationName = (type: string) =>
    catalogue.data?.violations.find((v) => v.type === type)?.name[language === 'en' ? 'en' : 'zh-CN'] ?? type;
  const kindLabel = t(`points.kind.${(kind === 'host' ? 'host' : 'merchant') satisfies SubjectKind}`);

  return (
    <>
      <PageHeader title={t('points.title', { kind: kindLabel, id })} />
      {points.error && <ErrorAlert error={points.error} testId="points-error" />}
      {points.isPending && <Spin />}
      {points.data && (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Row gutter={[16, 16]}>
            {tracks.map((track) => (
              <Col key={track} xs={24} md={12}>
                <Card data-testid={`points-total-${track}`}>
                  <Statistic
                    title={t('points.total', { track: t(`track.${track}`) })}
                    value={points.data.totals[track]}
                  />
                  <Typography.Text type="secondary">
                    {points.data.nextThresholds[track] === null
                      ? t('points.lastThreshold')
                      : t('points.nextThreshold', { points: points.data.nextThresholds[track] })}
                  </Typography.Text>
                </Card>
              </Col>
            ))}
          </Row>
          <Typography.Text type="secondary">{t('points.expiry', { days: points.data.expiryDays })}</Typography.Text>
          <Card title={t('points.timeline')}>
            {points.data.entries.length === 0 ? (
              <Empty description={t('points.none')} />
            ) : (
              <PointsTimelineChart entries={points.data.entries} now={points.data.at} />
            )}
          </Card>
          <Card title={t('points.activeSanctions')}>
            <SanctionList sanctions={points.data.activeSanctions} testId="points-sanctions" />
          </Card>
          <Card title={t('points.entries')}>
            <Table<Entry>
              rowKey="id"
              size="small"
              dataSource={points.data.entries}
              pagination={false}
              data-testid="points-entries"
              locale={{ emptyText: t('points.none') }}
              columns={[
                { title: t('points.violationType'), dataIndex: 'violationType', render: violationName },
                { title: t('points.track'), dataIndex: 'track', render: (track: Track) => t(`track.${track}`) },
                { title: t('result.points'), dataIndex: 'points' },
                { title: t('points.decidedAt'), dataIndex: 'decidedAt', render: (v: string) => <DateTime value={v} /> },
                { title: t('points.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => <DateTime value={v} /> },
                {
                  title: t('result.status'),
                  key: 'status',
                  render: (_: unknown, e: Entry) =>
                    e.reversed ? (
                      <Tag>{t('points.reversed')}</Tag>
                    ) : e.inForce ? (
                      <Tag color="red">{t('points.inForce')}</Tag>
                    ) : (
                      <Tag>{t('points.expired')}</Tag>
                    ),
                },
              ]}
            />
          </Card>
          <SubjectCasesCard kind={kind} id={id} />
        </Space>
      )}
    </>
  );
}
