import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { useDecision } from '../governance.queries';
import { AppealStatusTag } from './AppealStatusTag';
import type { Appeal } from './appeals.types';

/** How the appeal was decided, the reply the appellant reads, and the replacing decision if any. */
export function AppealOutcome({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation('appeals');
  const { t: tg } = useTranslation('governance');
  const outcome = appeal.decision;
  const replacement = useDecision(outcome?.newDecisionId ?? null);
  if (!outcome) return null;
  return (
    <Card title={t('outcome.title')} data-testid="appeal-outcome-result">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'status', label: t('list.status'), children: <AppealStatusTag status={appeal.status} /> },
            { key: 'by', label: t('outcome.by'), children: outcome.by ?? '—' },
            { key: 'at', label: t('outcome.at'), children: <DateTime value={outcome.at} /> },
            ...(outcome.newDecisionId
              ? [
                  {
                    key: 'newDecision',
                    label: t('outcome.newDecision'),
                    children: (
                      <Space wrap>
                        <Link to={`/governance-cases/${encodeURIComponent(appeal.caseId)}`}>
                          {outcome.newDecisionId}
                        </Link>
                        {replacement.data && (
                          <Tag data-testid="appeal-new-decision-status" data-status={replacement.data.status}>
                            {tg(`result.statusValue.${replacement.data.status}`)}
                          </Tag>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Title level={5}>{t('outcome.reasoning')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="appeal-outcome-reasoning">
          {outcome.reasoning}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t('outcome.reply')}</Typography.Title>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}
          data-testid="appeal-reply"
        >
          {outcome.reply}
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}
