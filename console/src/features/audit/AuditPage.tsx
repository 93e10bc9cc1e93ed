import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LimitSelect } from '../../components/LimitSelect';
import { PageHeader } from '../../components/PageHeader';
import { AuditTable } from './AuditTable';
import { useAuditEntries, useVerifyChain } from './audit.queries';
import { ChainVerificationResult } from './ChainVerificationResult';

export function AuditPage() {
  const { t } = useTranslation('audit');
  const [limit, setLimit] = useState(100);
  const entries = useAuditEntries(limit);
  const verify = useVerifyChain();

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('title')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="audit-verify"
          >
            {t('verify')}
          </Button>
        }
      />
      <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      {verify.data ? <ChainVerificationResult result={verify.data} /> : null}
      {verify.error ? <ErrorAlert error={verify.error} /> : null}
      <Flex>
        <LimitSelect value={limit} onChange={setLimit} />
      </Flex>
      {entries.error ? <ErrorAlert error={entries.error} /> : null}
      <AuditTable entries={entries.data ?? []} loading={entries.isPending} />
    </Flex>
  );
}
