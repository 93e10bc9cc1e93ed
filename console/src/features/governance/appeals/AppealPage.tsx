import { Alert, App, Col, Row, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentUser } from '../../auth/auth.queries';
import { useDecision } from '../governance.queries';
import { AppealDecisionForm } from './AppealDecisionForm';
import { AppealDetails } from './AppealDetails';
import { AppealOutcome } from './AppealOutcome';
import { appealDeciderBlock } from './appeal-decider';
import { appealSla } from './appeal-sla';
import { useAppeal, useAppealCase } from './appeals.queries';
import { GovernanceErrorAlert } from './GovernanceErrorAlert';
import { OriginalDecision } from './OriginalDecision';

export function AppealPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('appeals');
  const { message } = App.useApp();
  const { data: user } = useCurrentUser();
  const appeal = useAppeal(id);
  const decision = useDecision(appeal.data?.decisionId ?? null);
  const appealedCase = useAppealCase(appeal.data?.caseId);

  if (appeal.error) return <GovernanceErrorAlert error={appeal.error} testId="appeal-error" />;
  if (!appeal.data) return <Spin />;
  const a = appeal.data;
  const actor = user ? `user:${user.id}` : null;
  const block =
    decision.data && appealedCase.data
      ? appealDeciderBlock({
          role: user?.role,
          actor,
          status: a.status,
          decision: decision.data,
          assignee: appealedCase.data.assignee,
        })
      : undefined;

  return (
    <>
      <PageHeader
        title={t('appeal.title', { id: a.id })}
        extra={<Link to="/governance-appeals">{t('appeal.back')}</Link>}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <AppealDetails appeal={a} sla={appealSla(a, new Date(appeal.dataUpdatedAt || Date.now()))} />
            {decision.error && <GovernanceErrorAlert error={decision.error} />}
            {decision.data ? <OriginalDecision decision={decision.data} /> : !decision.error && <Spin />}
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            {appealedCase.error && <GovernanceErrorAlert error={appealedCase.error} />}
            {a.status !== 'open' && <AppealOutcome appeal={a} />}
            {block === null && decision.data && (
              <AppealDecisionForm
                appeal={a}
                decision={decision.data}
                onDecided={() => void message.success(t('decide.decided'))}
              />
            )}
            {block === 'not_reviewer' && <Alert type="info" showIcon title={t('decide.notReviewer')} />}
            {block === 'own_decision' && (
              <Alert type="warning" showIcon title={t('decide.ownDecision')} data-testid="appeal-own-decision" />
            )}
            {block === 'held_by_other' && (
              <Alert
                type="warning"
                showIcon
                title={t('decide.heldByOther', { assignee: appealedCase.data?.assignee ?? '' })}
                data-testid="appeal-held-by-other"
              />
            )}
          </Space>
        </Col>
      </Row>
    </>
  );
}
