import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SlaState } from './governance.types';

const colour: Record<SlaState, string> = { breached: 'red', due_soon: 'orange', ok: 'green' };
const label = { breached: 'breached', due_soon: 'dueSoon', ok: 'ok' } as const;

export function SlaTag({ sla }: { sla: SlaState }) {
  const { t } = useTranslation('governance');
  return (
    <Tag color={colour[sla]} data-testid="case-sla" data-sla={sla}>
      {t(`queues.sla.${label[sla]}`)}
    </Tag>
  );
}
