import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useDescribeError } from '../../../i18n/useDescribeError';

interface GovernanceErrorAlertProps {
  error: unknown;
  testId?: string;
}

/**
 * An API error in words a reviewer can act on: the governance codes of the appeal and flagger
 * pages are worded here (the shared error messages do not know them yet), anything else as usual.
 */
export function GovernanceErrorAlert({ error, testId }: GovernanceErrorAlertProps) {
  const { t, i18n } = useTranslation('errors');
  const describe = useDescribeError();
  const key = isApiError(error) ? `appeals:errors.${error.code}` : null;
  const title = key !== null && i18n.exists(key) ? String(i18n.t(key as never)) : describe(error);
  const details = isApiError(error)
    ? [error.code, error.requestId ? t('requestId', { requestId: error.requestId }) : null].filter(Boolean).join(' · ')
    : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={details}
      data-testid={testId}
      data-code={isApiError(error) ? error.code : undefined}
    />
  );
}
