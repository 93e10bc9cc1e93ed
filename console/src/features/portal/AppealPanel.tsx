import { Alert, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../lib/format-time';
import { AppealForm } from './AppealForm';
import { AppealOutcome } from './AppealOutcome';
import { appealStateOf, daysLeft, windowDays } from './appeal-state';
import { usePortalAppeals } from './portal.queries';
import type { PortalDecision } from './portal.types';

/** The appeal of a decision: the form while the window is open, else the appeal filed and its answer. */
export function AppealPanel({ decision }: { decision: PortalDecision }) {
  const { t } = useTranslation('portal');
  const [language] = useLanguage();
  const appeals = usePortalAppeals();
  const date = (iso: string) => formatDateTime(iso, language);

  if (appeals.error) return <ErrorAlert error={appeals.error} />;
  if (!appeals.data) return <Card title={t('appeal.title')} loading />;
  const now = new Date();
  const state = appealStateOf(decision, appeals.data, now);

  return (
    <Card title={t('appeal.title')} data-testid="appeal-panel" data-state={state.kind}>
      <Flex vertical gap="middle">
        {state.kind === 'can_appeal' && (
          <>
            <Alert
              type="info"
              showIcon
              data-testid="appeal-window"
              title={t('appeal.window', {
                date: date(state.closesAt),
                days: daysLeft(state.closesAt, now),
                windowDays: windowDays(decision.effectiveAt, state.closesAt) ?? '—',
              })}
            />
            <AppealForm decisionId={decision.id} />
          </>
        )}
        {state.kind === 'window_closed' && (
          <Alert
            type="warning"
            showIcon
            data-testid="appeal-window-closed"
            title={t('appeal.windowClosed', { date: date(state.closedAt) })}
          />
        )}
        {state.kind === 'not_appealable' && <Alert type="success" showIcon title={t('appeal.notAppealable')} />}
        {state.kind === 'pending' && (
          <>
            <Alert
              type="info"
              showIcon
              data-testid="appeal-pending"
              title={t('appeal.pending', { date: date(state.appeal.dueAt) })}
            />
            <AppealOutcome appeal={state.appeal} />
          </>
        )}
        {state.kind === 'decided' && (
          <>
            <Alert
              type={state.appeal.status === 'upheld' ? 'warning' : 'success'}
              showIcon
              data-testid="appeal-decided"
              title={t('appeal.decided', { outcome: t(`appeal.outcome.${state.appeal.status}`) })}
            />
            <AppealOutcome appeal={state.appeal} />
          </>
        )}
      </Flex>
    </Card>
  );
}
