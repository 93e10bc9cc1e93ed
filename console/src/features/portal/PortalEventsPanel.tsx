import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EventFilterBar } from '../events/EventFilterBar';
import { PortalEventsTable } from './PortalEventsTable';
import { usePortalEvents, usePortalEventTypes } from './portal.queries';

/** The events that name the user's own subject, filterable by type. */
export function PortalEventsPanel() {
  const { t } = useTranslation('portal');
  const [type, setType] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(100);
  const events = usePortalEvents({ type, limit });
  const eventTypes = usePortalEventTypes();

  // The chosen type stays selectable even when it has dropped out of the newest events.
  const typeOptions = [...new Set([...(eventTypes.data ?? []), ...(type ? [type] : [])])].sort();

  return (
    <Flex vertical gap="middle">
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
