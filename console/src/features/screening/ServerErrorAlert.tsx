import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { useDescribeError } from '../../i18n/useDescribeError';

interface ServerErrorAlertProps {
  error: unknown;
  /** Shown beside the message, e.g. a reload button for a version conflict. */
  action?: ReactNode;
  testId?: string;
}

/**
 * An error whose server message matters word for word: a policy or an import is refused with the
 * line and path of each problem, which a translated sentence alone would hide.
 */
export function ServerErrorAlert({ error, action, testId }: ServerErrorAlertProps) {
  const { t } = useTranslation('errors');
  const describe = useDescribeError();
  const title = describe(error);
  const detail = isApiError(error) && !title.includes(error.message) ? error.message : null;
  const reference = isApiError(error)
    ? [error.code, error.requestId ? t('requestId', { requestId: error.requestId }) : null].filter(Boolean).join(' · ')
    : null;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      action={action}
      data-testid={testId}
      description={
        detail || reference ? (
          <>
            {detail ? (
              <pre style={{ whiteSpace: 'pre-wrap', margin: 0, maxHeight: 240, overflow: 'auto' }}>{detail}</pre>
            ) : null}
            {reference ? <Typography.Text type="secondary">{reference}</Typography.Text> : null}
          </>
        ) : undefined
      }
    />
  );
}
