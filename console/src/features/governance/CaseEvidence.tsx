import { Alert, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { HighlightedText } from '../screening/HighlightedText';
import type { CaseDetail } from './governance.types';

/** The content snapshots of a case with the findings' spans marked in place. */
export function CaseEvidence({ evidence }: { evidence: CaseDetail['evidence'] }) {
  const { t } = useTranslation('governance');
  return (
    <Card title={t('evidence.title')} data-testid="case-evidence">
      {evidence.items.length === 0 && <Empty description={t('evidence.none')} />}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {evidence.items.map((item) => (
          <Card key={item.verdictId} size="small" type="inner" data-testid="evidence-snapshot">
            <Space wrap style={{ marginBottom: 8 }}>
              <Typography.Text strong>
                {t('evidence.snapshot', { kind: item.contentKind, id: item.contentId, score: item.score })}
              </Typography.Text>
              <Tag>{item.outcome}</Tag>
              <DateTime value={item.at} />
            </Space>
            <HighlightedText text={item.text} findings={item.findings} />
            {item.truncated && <Alert type="info" showIcon title={t('evidence.truncated')} />}
          </Card>
        ))}
        {evidence.omittedItems > 0 && (
          <Typography.Text type="secondary">{t('evidence.omitted', { count: evidence.omittedItems })}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
