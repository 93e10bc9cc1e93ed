import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { useDescribeError } from '../../i18n/useDescribeError';
import type { PolicySummary, PolicyTarget } from './policies.api';
import { useSetPolicyStatus } from './policies.queries';
import { policyTransitions } from './policy-transitions';

/** Promote, demote or retire a policy version, each after a confirmation that says what else moves. */
export function PolicyStatusActions({ policy }: { policy: PolicySummary }) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const describeError = useDescribeError();
  const setStatus = useSetPolicyStatus();

  const confirm = (status: PolicyTarget) =>
    modal.confirm({
      title: t(`policies.confirmTitle.${status}`, { version: policy.version }),
      content: t(`policies.confirmBody.${status}`),
      okText: t(`policies.to.${status}`),
      cancelText: tc('actions.cancel'),
      okButtonProps: { danger: status === 'retired', 'data-testid': 'policy-status-confirm' },
      onOk: () =>
        setStatus.mutateAsync({ version: policy.version, status }).then(
          () =>
            void message.success(
              t('policies.statusChanged', { version: policy.version, status: t(`policyStatus.${status}`) }),
            ),
          (error: unknown) => {
            // The server's own message says which move was refused and why; the translated sentence says what to do.
            const detail = isApiError(error) ? ` (${error.message})` : '';
            void message.error(`${describeError(error)}${detail}`);
          },
        ),
    });

  const targets = policyTransitions(policy.status);
  if (targets.length === 0) return null;
  return (
    <Space size="small" wrap>
      {targets.map((status) => (
        <Button
          key={status}
          size="small"
          type={status === 'active' ? 'primary' : 'default'}
          danger={status === 'retired'}
          onClick={() => confirm(status)}
          data-testid={`policy-${policy.version}-to-${status}`}
        >
          {t(`policies.to.${status}`)}
        </Button>
      ))}
    </Space>
  );
}
