import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Outcome } from './screening.types';

export const outcomeColors: Record<Outcome, string> = {
  allow: 'success',
  review: 'warning',
  block: 'error',
  stop_stream: 'magenta',
};

export function OutcomeTag({ outcome, testId }: { outcome: Outcome; testId?: string }) {
  const { t } = useTranslation('screening');
  return (
    <Tag color={outcomeColors[outcome] ?? 'default'} data-testid={testId} data-outcome={outcome}>
      {t(`outcome.${outcome}`, { defaultValue: outcome })}
    </Tag>
  );
}
