import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { useLanguage } from '../../../i18n/useLanguage';
import { NO_VIOLATION } from '../decision-form';
import { useViolationCatalogue } from '../governance.queries';
import type { Decision } from '../governance.types';
import { SanctionList } from '../SanctionList';

/** The decision under appeal: what was found, what was done, by whom, and its statement of reasons. */
export function OriginalDecision({ decision }: { decision: Decision }) {
  const { t } = useTranslation('appeals');
  const { t: tg } = useTranslation('governance');
  const [uiLanguage] = useLanguage();
  const catalogue = useViolationCatalogue();
  const spec = catalogue.data?.violations.find((v) => v.type === decision.violationType);
  const violation =
    decision.violationType === null || decision.violationType === NO_VIOLATION
      ? t('original.noViolation')
      : spec
        ? `${spec.name[uiLanguage === 'en' ? 'en' : 'zh-CN']} (${decision.violationType})`
        : decision.violationType;

  return (
    <Card title={t('original.title', { id: decision.id })} data-testid="appeal-original-decision">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'status',
              label: tg('result.status'),
              children: (
                <Tag data-testid="original-status" data-status={decision.status}>
                  {tg(`result.statusValue.${decision.status}`)}
                </Tag>
              ),
            },
            {
              key: 'violation',
              label: t('original.violationType'),
              children: <span data-testid="original-violation">{violation}</span>,
            },
            ...(decision.track
              ? [
                  {
                    key: 'points',
                    label: tg('result.points'),
                    children: tg('decision.track', { track: tg(`track.${decision.track}`), points: decision.points }),
                  },
                ]
              : []),
            {
              key: 'actions',
              label: t('original.actions'),
              children:
                decision.actions.length === 0 ? (
                  t('original.noActions')
                ) : (
                  <Space wrap data-testid="original-actions">
                    {decision.actions.map((a) => (
                      <Tag key={a.type}>
                        {tg(`action.${a.type}`, { defaultValue: a.type })}
                        {a.days ? ` · ${tg('sanction.days', { count: a.days })}` : ''}
                        {a.amount ? ` · ${a.amount}` : ''}
                      </Tag>
                    ))}
                  </Space>
                ),
            },
            { key: 'decidedBy', label: t('original.decidedBy'), children: decision.decidedBy ?? '—' },
            ...(decision.confirmedBy
              ? [{ key: 'confirmedBy', label: t('original.confirmedBy'), children: decision.confirmedBy }]
              : []),
            { key: 'decidedAt', label: t('original.decidedAt'), children: <DateTime value={decision.decidedAt} /> },
          ]}
        />
        <Typography.Title level={5}>{tg('result.sanctions')}</Typography.Title>
        <SanctionList sanctions={decision.sanctions} testId="original-sanctions" />
        <Typography.Title level={5}>{tg('result.statement')}</Typography.Title>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}
          data-testid="original-statement"
        >
          {decision.statement}
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}
