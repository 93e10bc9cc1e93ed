import { Alert, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../auth/auth.queries';
import { PortalAppealsPanel } from './PortalAppealsPanel';
import { PortalDecisionsPanel } from './PortalDecisionsPanel';
import { PortalEventsPanel } from './PortalEventsPanel';
import { PortalPointsPanel } from './PortalPointsPanel';
import { portalSubjectKind } from './portal-subject';

const governanceTabs = ['decisions', 'points', 'appeals'] as const;
type Tab = 'events' | (typeof governanceTabs)[number];

/**
 * The home of a merchant, host or rights holder: the events that name its own subject and, for a
 * merchant or host, the sanctions, decisions, penalty points and appeals about it.
 */
export function PortalPage() {
  const { t } = useTranslation('portal');
  const { t: ta } = useTranslation('auth');
  const { data: user } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const kind = user ? portalSubjectKind(user.role) : null;
  const subjectId = user?.subjectId ?? null;
  // A rights holder is never the subject of a decision: only its events are shown.
  const governed = kind !== null && subjectId !== null;
  const requested = params.get('tab');
  const tab: Tab = governed && governanceTabs.some((g) => g === requested) ? (requested as Tab) : 'events';

  const select = (next: string) => setParams(next === 'events' ? {} : { tab: next }, { replace: true });

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('title')} />
      {subjectId ? (
        <Typography.Text data-testid="portal-subject">
          {user ? ta(`roles.${user.role}`) : ''} ·{t('subject')}: <Typography.Text code>{subjectId}</Typography.Text>
        </Typography.Text>
      ) : (
        <Alert type="warning" showIcon title={t('noSubject')} />
      )}
      <Tabs
        activeKey={tab}
        onChange={select}
        destroyOnHidden
        items={[
          {
            key: 'events',
            label: <span data-testid="portal-tab-events">{t('tabs.events')}</span>,
            children: <PortalEventsPanel />,
          },
          ...(governed
            ? [
                {
                  key: 'decisions',
                  label: <span data-testid="portal-tab-decisions">{t('tabs.decisions')}</span>,
                  children: <PortalDecisionsPanel />,
                },
                {
                  key: 'points',
                  label: <span data-testid="portal-tab-points">{t('tabs.points')}</span>,
                  children: <PortalPointsPanel kind={kind} subjectId={subjectId} />,
                },
                {
                  key: 'appeals',
                  label: <span data-testid="portal-tab-appeals">{t('tabs.appeals')}</span>,
                  children: <PortalAppealsPanel />,
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
