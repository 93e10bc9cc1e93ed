import { Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { FindingsTable } from './FindingsTable';
import { HighlightedText } from './HighlightedText';
import { PolicyRulesTable } from './PolicyRulesTable';
import { ScreenResultSummary } from './ScreenResultSummary';
import { useScreenText } from './screen.queries';
import { toScreenRequest } from './screen-request';
import { TryItForm } from './TryItForm';

/** Screens a text on demand and shows where each finding sits in it. */
export function TryItPage() {
  const { t } = useTranslation('screening');
  const screen = useScreenText();
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  // The text as it was sent: the form may have been edited since, and offsets refer to the sent one.
  const sentText = screen.variables?.text ?? '';
  const result = screen.data;

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('tryIt.title')} />
      <Typography.Text type="secondary">{t('tryIt.subtitle')}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small">
            <TryItForm loading={screen.isPending} onSubmit={(values) => screen.mutate(toScreenRequest(values))} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('tryIt.result')}>
            {screen.error ? <ErrorAlert error={screen.error} testId="try-error" /> : null}
            {result ? <ScreenResultSummary result={result} /> : <Empty description={t('tryIt.noResult')} />}
          </Card>
        </Col>
      </Row>
      {result ? (
        <>
          <Card size="small" title={t('tryIt.rules')}>
            <PolicyRulesTable rules={result.rules} emptyText={t('tryIt.noRules')} testId="try-rules" />
          </Card>
          <Card size="small" title={t('tryIt.highlighted')}>
            <HighlightedText
              text={sentText}
              findings={result.findings}
              activeIndex={activeIndex}
              onActiveChange={setActiveIndex}
            />
          </Card>
          <Card size="small" title={t('tryIt.findings')}>
            <FindingsTable findings={result.findings} activeIndex={activeIndex} onActiveChange={setActiveIndex} />
          </Card>
        </>
      ) : null}
    </Flex>
  );
}
