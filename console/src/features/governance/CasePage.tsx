import { App, Button, Card, Col, Descriptions, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../auth/auth.queries';
import { useCategoryLabel } from '../screening/useCategoryLabel';
import { CaseEvidence } from './CaseEvidence';
import { CaseHistory } from './CaseHistory';
import { CaseNotes } from './CaseNotes';
import { canReview } from './can-review';
import { DecisionForm } from './DecisionForm';
import { DecisionResult } from './DecisionResult';
import { useCase, useCaseActions, useDecision } from './governance.queries';
import type { CasePriority } from './governance.types';
import { latestDecisionId } from './latest-decision';
import { SlaTag } from './SlaTag';

const priorityColour: Record<CasePriority, string> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  emergency: 'red',
};

export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('governance');
  const { message } = App.useApp();
  const categoryLabel = useCategoryLabel();
  const { data: user } = useCurrentUser();
  const detail = useCase(id);
  const { release } = useCaseActions(id);
  const [decidedId, setDecidedId] = useState<string | null>(null);
  const decisionId = decidedId ?? (detail.data ? latestDecisionId(detail.data.events) : null);
  const decision = useDecision(decisionId);

  if (detail.error) return <ErrorAlert error={detail.error} testId="case-error" />;
  if (!detail.data) return <Spin />;
  const c = detail.data;
  const me = user ? `user:${user.id}` : null;
  const reviewer = canReview(user?.role) ? me : null;
  const mine = reviewer !== null && c.state === 'in_review' && c.assignee === me;
  const blocked = decision.data?.status === 'pending_confirmation' || decision.data?.status === 'in_effect';
  const breached = c.sla === 'breached';

  return (
    <>
      <PageHeader
        title={t('case.title', { id: c.id })}
        extra={
          <Space>
            <Link to="/governance-queues">{t('case.back')}</Link>
            {mine && !blocked && (
              <Button
                loading={release.isPending}
                onClick={() => release.mutate(undefined, { onSuccess: () => void message.success(t('case.released')) })}
                data-testid="case-release"
              >
                {t('case.release')}
              </Button>
            )}
          </Space>
        }
      />
      {release.error && <ErrorAlert error={release.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Card data-testid="case-summary">
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  {
                    key: 'subject',
                    label: t('case.subject'),
                    children: (
                      <>
                        <Space>
                          <span data-testid="case-subject">
                            {c.subject.kind} {c.subject.id}
                          </span>
                          {c.subject.kind !== 'user' && (
                            <Link
                              to={`/governance-subjects/${c.subject.kind}/${encodeURIComponent(c.subject.id)}`}
                              data-testid="case-subject-profile"
                            >
                              {t('case.profile')}
                            </Link>
                          )}
                        </Space>
                      </>
                    ),
                  },
                  {
                    key: 'target',
                    label: t('case.target'),
                    children: (
                      <>
                        <span data-testid="case-target">
                          {c.target.kind} {c.target.id}
                        </span>
                      </>
                    ),
                  },
                  {
                    key: 'state',
                    label: t('case.state'),
                    children: (
                      <>
                        <Tag data-testid="case-state" data-state={c.state}>
                          {t(`state.${c.state}`)}
                        </Tag>
                      </>
                    ),
                  },
                  {
                    key: 'priority',
                    label: t('case.priority'),
                    children: (
                      <>
                        <Tag color={priorityColour[c.priority]}>{t(`priority.${c.priority}`)}</Tag>
                      </>
                    ),
                  },
                  {
                    key: 'dueAt',
                    label: t('case.dueAt'),
                    children: (
                      <>
                        <Space>
                          <Typography.Text type={breached ? 'danger' : undefined} data-testid="case-due">
                            <DateTime value={c.dueAt} />
                          </Typography.Text>
                          {c.sla && <SlaTag sla={c.sla} />}
                        </Space>
                      </>
                    ),
                  },
                  { key: 'queue', label: t('case.queue'), children: <>{c.queue}</> },
                  { key: 'category', label: t('case.category'), children: <>{categoryLabel(c.category)}</> },
                  { key: 'assignee', label: t('case.assignee'), children: <>{c.assignee ?? '—'}</> },
                  {
                    key: 'openedAt',
                    label: t('case.openedAt'),
                    children: (
                      <>
                        <DateTime value={c.openedAt} />
                      </>
                    ),
                  },
                ]}
              />
            </Card>
            <CaseEvidence evidence={c.evidence} />
            <CaseHistory events={c.events} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            {decision.error && <ErrorAlert error={decision.error} />}
            {decision.data && <DecisionResult decision={decision.data} reviewer={reviewer} />}
            {mine && !blocked && <DecisionForm detail={c} onDecided={(d) => setDecidedId(d.id)} />}
            {reviewer !== null && <CaseNotes caseId={c.id} />}
          </Space>
        </Col>
      </Row>
    </>
  );
}
