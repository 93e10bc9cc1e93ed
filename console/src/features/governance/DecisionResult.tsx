import { Alert, App, Button, Card, Descriptions, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDecisionActions } from './governance.queries';
import type { Decision, DecisionStatus } from './governance.types';
import { SanctionList } from './SanctionList';

const statusColour: Record<DecisionStatus, string> = {
  pending_confirmation: 'purple',
  in_effect: 'green',
  rejected: 'default',
  reversed: 'orange',
};

interface DecisionResultProps {
  decision: Decision;
  /** The calling reviewer as an actor (`user:<id>`), or null when this reader may not review. */
  reviewer: string | null;
}

/** A decision's status, sanctions and statement of reasons; a pending one can be confirmed or rejected by someone else. */
export function DecisionResult({ decision, reviewer }: DecisionResultProps) {
  const { t } = useTranslation('governance');
  const { message } = App.useApp();
  const { confirm, reject } = useDecisionActions(decision.id);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const pending = decision.status === 'pending_confirmation';
  const own = reviewer !== null && reviewer === decision.decidedBy;

  return (
    <Card title={t('result.title')} data-testid="decision-result">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'status',
              label: t('result.status'),
              children: (
                <Tag color={statusColour[decision.status]} data-testid="decision-status" data-status={decision.status}>
                  {t(`result.statusValue.${decision.status}`)}
                </Tag>
              ),
            },
            ...(decision.track
              ? [
                  {
                    key: 'points',
                    label: t('result.points'),
                    children: t('decision.track', { track: t(`track.${decision.track}`), points: decision.points }),
                  },
                ]
              : []),
            { key: 'decidedBy', label: t('result.decidedBy'), children: decision.decidedBy ?? '—' },
          ]}
        />
        {pending && <Alert type="warning" showIcon title={t('result.pending')} data-testid="decision-pending" />}
        {decision.rejection && (
          <Alert type="info" title={t('result.rejection', { reason: decision.rejection.reason })} />
        )}
        {pending && decision.actions.length > 0 && (
          <>
            <Typography.Title level={5}>{t('result.proposed')}</Typography.Title>
            <Space wrap data-testid="decision-proposed">
              {decision.actions.map((a) => (
                <Tag key={a.type}>
                  {t(`action.${a.type}`, { defaultValue: a.type })}
                  {a.days ? ` · ${t('sanction.days', { count: a.days })}` : ''}
                  {a.amount ? ` · ${a.amount}` : ''}
                </Tag>
              ))}
            </Space>
          </>
        )}
        <Typography.Title level={5}>{t('result.sanctions')}</Typography.Title>
        <SanctionList sanctions={decision.sanctions} testId="decision-sanctions" />
        <Typography.Title level={5}>{t('result.statement')}</Typography.Title>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}
          data-testid="decision-statement"
        >
          {decision.statement}
        </Typography.Paragraph>
        {pending && reviewer !== null && own && (
          <Typography.Text type="secondary">{t('result.ownDecision')}</Typography.Text>
        )}
        {pending && reviewer !== null && !own && (
          <Space>
            <Button
              type="primary"
              loading={confirm.isPending}
              onClick={() =>
                confirm.mutate(undefined, { onSuccess: () => void message.success(t('result.confirmed')) })
              }
              data-testid="decision-confirm"
            >
              {t('result.confirm')}
            </Button>
            <Button danger onClick={() => setRejecting(true)} data-testid="decision-reject">
              {t('result.reject')}
            </Button>
          </Space>
        )}
        {confirm.error && <ErrorAlert error={confirm.error} />}
        {reject.error && <ErrorAlert error={reject.error} />}
      </Space>
      <Modal
        open={rejecting}
        title={t('result.reject')}
        okButtonProps={{ disabled: reason.trim() === '', loading: reject.isPending, danger: true }}
        onCancel={() => setRejecting(false)}
        onOk={() =>
          reject.mutate(reason.trim(), {
            onSuccess: () => {
              setRejecting(false);
              void message.success(t('result.rejected'));
            },
          })
        }
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('result.rejectReason')}
          maxLength={2_000}
          data-testid="decision-reject-reason"
        />
      </Modal>
    </Card>
  );
}
