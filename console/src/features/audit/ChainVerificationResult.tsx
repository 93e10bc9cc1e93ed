import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainVerification } from './audit.api';

export function ChainVerificationResult({ result }: { result: ChainVerification }) {
  const { t } = useTranslation('audit');
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('verifiedOk', { checked: result.checked })}
        data-testid="audit-verify-result"
      />
    );
  }
  const broken = result.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      title={t('verifiedBroken', { seq: broken?.seq ?? '?', checked: result.checked })}
      description={broken ? t('brokenDetail', { id: broken.id, reason: broken.reason }) : undefined}
      data-testid="audit-verify-result"
    />
  );
}
