import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { isAttachmentUrl } from './appeal-state';
import type { Appeal, AppealStatus } from './portal.types';

const colour: Record<AppealStatus, string> = {
  open: 'processing',
  upheld: 'default',
  reversed: 'green',
  modified: 'orange',
};

/**
 * One appeal as its appellant reads it: what was filed, and the answer once decided. Only http(s)
 * links become anchors: an API client may have filed any URL scheme.
 */
export function AppealOutcome({ appeal, showDecision = false }: { appeal: Appeal; showDecision?: boolean }) {
  const { t } = useTranslation('portal');
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="appeal-outcome"
      items={[
        {
          key: 'status',
          label: t('appeal.status'),
          children: (
            <Tag color={colour[appeal.status]} data-testid="appeal-status" data-status={appeal.status}>
              {t(`appeal.outcome.${appeal.status}`)}
            </Tag>
          ),
        },
        ...(showDecision
          ? [
              {
                key: 'decision',
                label: t('appeal.decision'),
                children: (
                  <Link to={`/portal/decisions/${encodeURIComponent(appeal.decisionId)}`}>{appeal.decisionId}</Link>
                ),
              },
            ]
          : []),
        { key: 'filedAt', label: t('appeal.filedAt'), children: <DateTime value={appeal.filedAt} /> },
        ...(appeal.decision === null
          ? [{ key: 'dueAt', label: t('appeal.dueAt'), children: <DateTime value={appeal.dueAt} /> }]
          : []),
        {
          key: 'text',
          label: t('appeal.text'),
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{appeal.text}</Typography.Paragraph>
          ),
        },
        ...(appeal.attachments.length > 0
          ? [
              {
                key: 'attachments',
                label: t('appeal.attachments'),
                children: (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                    {appeal.attachments.map((a) => (
                      <li key={`${a.name}-${a.url ?? a.sha256}`}>
                        {a.url && isAttachmentUrl(a.url) ? (
                          <a href={a.url} target="_blank" rel="noopener noreferrer">
                            {a.name}
                          </a>
                        ) : (
                          a.name
                        )}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]
          : []),
        ...(appeal.decision
          ? [
              {
                key: 'reply',
                label: t('appeal.reply'),
                children: (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="appeal-reply">
                    {appeal.decision.reply}
                  </Typography.Paragraph>
                ),
              },
              ...(appeal.decision.newDecisionId
                ? [
                    {
                      key: 'newDecision',
                      label: t('appeal.newDecision'),
                      children: (
                        <Link to={`/portal/decisions/${encodeURIComponent(appeal.decision.newDecisionId)}`}>
                          {appeal.decision.newDecisionId}
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]
          : []),
      ]}
    />
  );
}
