import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { useDescribeError } from '../i18n/useDescribeError';

interface ErrorAlertProps {
  error: unknown;
  testId?: string;
}

/** An inline error with the API code and request id, which is what an operator needs to report it. */
export function ErrorAlert({ error, testId }: ErrorAlertProps) {
  const { t } = useTranslation('errors');
  const describe = useDescribeError();
  const details = isApiError(error)
    ? [error.code, error.requestId ? t('requestId', { requestId: error.requestId }) : null].filter(Boolean).join(' · ')
    : undefined;
  return <Alert type="error" showIcon title={describe(error)} description={details} data-testid={testId} />;
}
