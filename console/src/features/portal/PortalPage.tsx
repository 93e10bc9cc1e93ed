import { Alert, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../auth/auth.queries';
import { EventFilterBar } from '../events/EventFilterBar';
import { PortalEventsTable } from './PortalEventsTable';
import { usePortalEvents, usePortalEventTypes } from './portal.queries';

/** The home of a merchant, host or rights holder: the events that name its own subject. */
export function PortalPage() {
  const { t } = useTranslation('portal');
  const { t: ta } = useTranslation('auth');
  const { data: user } = useCurrentUser();
  const [type, setType] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(100);
  const events = usePortalEvents({ type, limit });
  const eventTypes = usePortalEventTypes();

  // The chosen type stays selectable even when it has dropped out of the newest events.
  const typeOptions = [...new Set([...(eventTypes.data ?? []), ...(type ? [type] : [])])].sort();

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('title')} />
      {user?.subjectId ? (
        <Typography.Text data-testid="portal-subject">
          {ta(`roles.${user.role}`)} ·{t('subject')}: <Typography.Text code>{user.subjectId}</Typography.Text>
        </Typography.Text>
      ) : (
        <Alert type="warning" showIcon title={t('noSubject')} />
      )}
      <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      <EventFilterBar
        types={typeOptions}
        type={type}
        onTypeChange={setType}
        limit={limit}
        onLimitChange={setLimit}
        placeholder={t('filterType')}
        testId="portal-type-filter"
      />
      {events.error ? <ErrorAlert error={events.error} /> : null}
      <PortalEventsTable events={events.data ?? []} loading={events.isPending} onTypeClick={setType} />
    </Flex>
  );
}
