import { Card, Descriptions, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import type { SlaState } from '../governance.types';
import { SlaTag } from '../SlaTag';
import { AppealStatusTag } from './AppealStatusTag';
import type { Appeal, AppealAttachment } from './appeals.types';
import { attachmentLink } from './attachment-link';

function AttachmentItem({ attachment }: { attachment: AppealAttachment }) {
  const { t } = useTranslation('appeals');
  const href = attachmentLink(attachment.url);
  return (
    <List.Item data-testid="appeal-attachment">
      <Space orientation="vertical" size={0}>
        {/* The party's link opens in a new tab that cannot reach back into this one. */}
        {href ? (
          <Typography.Link href={href} target="_blank" rel="noopener noreferrer">
            {attachment.name}
          </Typography.Link>
        ) : (
          <Typography.Text strong>{attachment.name}</Typography.Text>
        )}
        {attachment.url && !href && <Typography.Text type="secondary">{attachment.url}</Typography.Text>}
        {attachment.size !== undefined && (
          <Typography.Text type="secondary">{t('appeal.bytes', { size: attachment.size })}</Typography.Text>
        )}
        {attachment.sha256 && (
          <Typography.Text type="secondary" code copyable>
            sha256 {attachment.sha256}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

/** What the affected party wrote, with the files it points to. */
export function AppealDetails({ appeal, sla }: { appeal: Appeal; sla: SlaState | null }) {
  const { t } = useTranslation('appeals');
  return (
    <Card title={t('appeal.details')} data-testid="appeal-details">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'status', label: t('list.status'), children: <AppealStatusTag status={appeal.status} /> },
          {
            key: 'dueAt',
            label: t('appeal.dueAt'),
            children: (
              <Space>
                <DateTime value={appeal.dueAt} />
                {sla && <SlaTag sla={sla} />}
              </Space>
            ),
          },
          {
            key: 'subject',
            label: t('appeal.subject'),
            children: <span data-testid="appeal-subject">{`${appeal.subject.kind} ${appeal.subject.id}`}</span>,
          },
          { key: 'appellant', label: t('appeal.appellant'), children: appeal.appellant },
          { key: 'filedAt', label: t('appeal.filedAt'), children: <DateTime value={appeal.filedAt} /> },
          { key: 'language', label: t('appeal.language'), children: appeal.language },
          {
            key: 'case',
            label: t('appeal.case'),
            children: (
              <Link to={`/governance-cases/${encodeURIComponent(appeal.caseId)}`} data-testid="appeal-case">
                {t('appeal.openCase', { id: appeal.caseId })}
              </Link>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('appeal.text')}</Typography.Title>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}
        data-testid="appeal-text"
      >
        {appeal.text}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('appeal.attachments')}</Typography.Title>
      {appeal.attachments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appeal.noAttachments')} />
      ) : (
        <List
          size="small"
          dataSource={appeal.attachments}
          rowKey={(a) => `${a.name}:${a.sha256 ?? a.url ?? ''}`}
          renderItem={(a) => <AttachmentItem attachment={a} />}
        />
      )}
    </Card>
  );
}
