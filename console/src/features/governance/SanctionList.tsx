import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { Sanction } from './governance.types';

const statusColour = { active: 'red', applied: 'blue', expired: 'default', lifted: 'green' } as const;

export function SanctionList({ sanctions, testId }: { sanctions: Sanction[]; testId?: string }) {
  const { t } = useTranslation('governance');
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={sanctions}
      locale={{ emptyText: t('result.noSanctions') }}
      renderItem={(s) => (
        <List.Item data-testid="sanction" data-action={s.action}>
          <Space wrap>
            <Typography.Text strong>{t(`action.${s.action}`, { defaultValue: s.action })}</Typography.Text>
            <Tag color={statusColour[s.status]}>{t(`sanction.status.${s.status}`)}</Tag>
            {s.days !== null && <span>{t('sanction.days', { count: s.days })}</span>}
            {s.amount && (
              <span>
                {s.amount.minor} {s.amount.currency}
              </span>
            )}
            {s.endsAt && (
              <span>
                {t('sanction.until')} <DateTime value={s.endsAt} />
              </span>
            )}
            {s.automatic && <Tag>{t('sanction.automatic')}</Tag>}
            <Typography.Text type="secondary">
              {s.appliesTo.kind} {s.appliesTo.id}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
