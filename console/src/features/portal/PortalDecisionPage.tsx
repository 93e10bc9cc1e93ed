import { Alert, Button, Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { AppealPanel } from './AppealPanel';
import { DecisionStatusTag } from './DecisionStatusTag';
import { PortalSanctionsTable } from './PortalSanctionsTable';
import { usePortalDecision } from './portal.queries';

const backToList = '/portal?tab=decisions';

/** One decision about the user: its measures, its statement of reasons, and its appeal. */
export function PortalDecisionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('portal');
  const { t: tg } = useTranslation('governance');
  const decision = usePortalDecision(id);

  if (decision.isPending) return <Spin />;
  if (decision.error) {
    // The server answers 404 for anything not the user's own: it cannot tell "absent" from "someone else's".
    if (isApiError(decision.error) && decision.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('decisions.notFound')}
          subTitle={t('decisions.notFoundHint')}
          data-testid="portal-decision-not-found"
          extra={
            <Link to={backToList}>
              <Button type="primary">{t('decisions.back')}</Button>
            </Link>
          }
        />
      );
    }
    return <ErrorAlert error={decision.error} />;
  }
  const d = decision.data;

  return (
    <Flex vertical gap="middle" data-testid="portal-decision-page" data-decision-id={d.id}>
      <PageHeader
        title={t('decisions.pageTitle', { id: d.id })}
        extra={<Link to={backToList}>{t('decisions.back')}</Link>}
      />
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        bordered
        items={[
          { key: 'status', label: tg('result.status'), children: <DecisionStatusTag status={d.status} /> },
          {
            key: 'violation',
            label: t('decisions.violation'),
            children: d.violationType ?? t('decisions.noViolation'),
          },
          {
            key: 'points',
            label: t('decisions.points'),
            children: (
              <span data-testid="portal-decision-points">
                {d.track ? tg('decision.track', { track: tg(`track.${d.track}`), points: d.points }) : d.points}
              </span>
            ),
          },
          { key: 'target', label: t('decisions.target'), children: `${d.target.kind} ${d.target.id}` },
          { key: 'decidedAt', label: t('decisions.decidedAt'), children: <DateTime value={d.decidedAt} /> },
          { key: 'effectiveAt', label: t('decisions.effectiveAt'), children: <DateTime value={d.effectiveAt} /> },
        ]}
      />
      {d.reversal && (
        <Alert
          type="success"
          showIcon
          data-testid="portal-decision-reversed"
          title={
            <>
              {t('decisions.reversed', { reason: d.reversal.reason })} (<DateTime value={d.reversal.at} />)
            </>
          }
        />
      )}
      <Card title={t('decisions.statement')}>
        <Typography.Paragraph type="secondary">
          {t('decisions.statementLanguage', { language: t(`language.${d.language}`) })}
        </Typography.Paragraph>
        <Typography.Paragraph
          lang={d.language}
          data-testid="portal-decision-statement"
          style={{ whiteSpace: 'pre-wrap', margin: 0 }}
        >
          {d.statement}
        </Typography.Paragraph>
      </Card>
      <Card title={tg('result.sanctions')}>
        <PortalSanctionsTable
          sanctions={d.sanctions}
          loading={false}
          emptyText={tg('result.noSanctions')}
          testId="portal-decision-sanctions"
        />
      </Card>
      <AppealPanel decision={d} />
    </Flex>
  );
}
