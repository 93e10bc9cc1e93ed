import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { OutcomeTag } from './OutcomeTag';
import type { ScreenResult } from './screen-result';
import { usePolicyLabel } from './usePolicyLabel';

/** Outcome and score, the policy behind them, and what the shadow policy would have decided. */
export function ScreenResultSummary({ result }: { result: ScreenResult }) {
  const { t } = useTranslation('screening');
  const policyLabel = usePolicyLabel();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={[
        {
          key: 'outcome',
          label: t('tryIt.outcome'),
          children: <OutcomeTag outcome={result.outcome} testId="try-outcome" />,
        },
        {
          key: 'score',
          label: t('tryIt.score'),
          children: <span data-testid="try-score">{result.score.toFixed(3)}</span>,
        },
        {
          key: 'policy',
          label: t('tryIt.policy'),
          children: <span data-testid="try-policy">{policyLabel(result.policy)}</span>,
        },
        ...(result.shadow
          ? [
              {
                key: 'shadow',
                label: t('tryIt.shadow', { version: result.shadow.version }),
                children: <OutcomeTag outcome={result.shadow.outcome} testId="try-shadow-outcome" />,
              },
            ]
          : []),
        { key: 'findings', label: t('tryIt.findingCount'), children: result.findings.length },
      ]}
    />
  );
}
