import { App, Col, Empty, Row, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../auth/auth.queries';
import { canReview } from './can-review';
import { useClaimNextCase, useQueues } from './governance.queries';
import { QueueCard } from './QueueCard';

export function QueuesPage() {
  const { t } = useTranslation('governance');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: user } = useCurrentUser();
  const queues = useQueues();
  const claim = useClaimNextCase();
  const [claiming, setClaiming] = useState<string | null>(null);

  const next = (queue: string) => {
    setClaiming(queue);
    claim.mutate(queue, {
      onSuccess: ({ case: claimed }) => {
        if (claimed) navigate(`/governance-cases/${encodeURIComponent(claimed.id)}`);
        else void message.info(t('queues.empty'));
      },
      onSettled: () => setClaiming(null),
    });
  };

  return (
    <>
      <PageHeader title={t('queues.title')} />
      {claim.error && <ErrorAlert error={claim.error} testId="queue-claim-error" />}
      {queues.error && <ErrorAlert error={queues.error} />}
      {queues.isPending && <Spin />}
      {queues.data && queues.data.items.length === 0 && <Empty description={t('queues.none')} />}
      <Row gutter={[16, 16]} data-testid="queues">
        {queues.data?.items.map((queue) => (
          <Col key={queue.name} xs={24} md={12} xl={8}>
            <QueueCard
              queue={queue}
              claiming={claiming === queue.name}
              onNext={canReview(user?.role) ? () => next(queue.name) : undefined}
            />
          </Col>
        ))}
      </Row>
    </>
  );
}
