import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppealStatus } from './appeals.types';

const colour: Record<AppealStatus, string> = { open: 'blue', upheld: 'default', reversed: 'green', modified: 'orange' };

export function AppealStatusTag({ status }: { status: AppealStatus }) {
  const { t } = useTranslation('appeals');
  return (
    <Tag color={colour[status]} data-testid="appeal-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
