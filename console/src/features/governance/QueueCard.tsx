import { Button, Card, Flex, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_STATES, type QueueOverview } from './governance.types';

interface QueueCardProps {
  queue: QueueOverview;
  onNext?: () => void;
  claiming: boolean;
}

/** One queue: how many cases sit in each state, and how the waiting ones stand against their SLA. */
export function QueueCard({ queue, onNext, claiming }: QueueCardProps) {
  const { t } = useTranslation('governance');
  const { breached, dueSoon, ok } = queue.sla;
  const waiting = breached + dueSoon + ok;
  const share = (n: number) => (waiting === 0 ? 0 : (n / waiting) * 100);
  return (
    <Card
      title={queue.name}
      data-testid={`queue-${queue.name}`}
      extra={
        onNext && (
          <Button
            type="primary"
            onClick={onNext}
            loading={claiming}
            disabled={waiting === 0}
            data-testid={`queue-next-${queue.name}`}
          >
            {t('queues.next')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{queue.description}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        {CASE_STATES.map((state) => (
          <Tag key={state} data-testid={`queue-state-${state}`}>
            {t(`state.${state}`)} {queue.states[state]}
          </Tag>
        ))}
      </Space>
      <Flex vertical gap={4}>
        <Typography.Text>
          {t('queues.waiting')} {waiting}
        </Typography.Text>
        {/* Stacked: red breached, then orange due soon; the rest of the bar is on time. */}
        <Tooltip
          title={`${t('queues.sla.breached')} ${breached} · ${t('queues.sla.dueSoon')} ${dueSoon} · ${t('queues.sla.ok')} ${ok}`}
        >
          <Progress
            percent={share(breached) + share(dueSoon)}
            success={{ percent: share(breached), strokeColor: '#cf1322' }}
            strokeColor="#fa8c16"
            railColor={waiting === 0 ? undefined : '#52c41a'}
            showInfo={false}
          />
        </Tooltip>
        <Space wrap>
          <Tag color="red">
            {t('queues.sla.breached')} {breached}
          </Tag>
          <Tag color="orange">
            {t('queues.sla.dueSoon')} {dueSoon}
          </Tag>
          <Tag color="green">
            {t('queues.sla.ok')} {ok}
          </Tag>
        </Space>
      </Flex>
    </Card>
  );
}
