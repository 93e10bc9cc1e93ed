import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { EventFilterBar } from './EventFilterBar';
import { EventsTable } from './EventsTable';
import { useEvents, useEventTypes } from './useEvents';

export function EventsPage() {
  const { t } = useTranslation('events');
  const [type, setType] = useState<string | undefined>(undefined);
  const [limit, setLimit] = useState(100);
  const events = useEvents({ type, limit });
  const eventTypes = useEventTypes();

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('title')} />
      <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      <EventFilterBar
        types={eventTypes.data ?? []}
        type={type}
        onTypeChange={setType}
        limit={limit}
        onLimitChange={setLimit}
        placeholder={t('filterType')}
        testId="events-type-filter"
      />
      {events.error ? <ErrorAlert error={events.error} /> : null}
      <EventsTable events={events.data ?? []} loading={events.isPending} onTypeClick={setType} />
    </Flex>
  );
}
