import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from '../governance/governance.types';

const colour: Record<DecisionStatus, string> = {
  pending_confirmation: 'purple',
  in_effect: 'red',
  rejected: 'default',
  reversed: 'green',
};

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation('governance');
  return (
    <Tag color={colour[status]} data-testid="portal-decision-status" data-status={status}>
      {t(`result.statusValue.${status}`)}
    </Tag>
  );
}
