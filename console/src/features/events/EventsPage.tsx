import { Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LimitSelect } from '../../components/LimitSelect';
import { PageHeader } from '../../components/PageHeader';
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
      <Flex gap="middle" wrap>
        <Select<string>
          allowClear
          showSearch
          placeholder={t('filterType')}
          value={type}
          onChange={setType}
          options={(eventTypes.data ?? []).map((eventType) => ({ value: eventType, label: eventType }))}
          style={{ minWidth: 260 }}
          data-testid="events-type-filter"
        />
        <LimitSelect value={limit} onChange={setLimit} />
      </Flex>
      {events.error ? <ErrorAlert error={events.error} /> : null}
      <EventsTable events={events.data ?? []} loading={events.isPending} onTypeClick={setType} />
    </Flex>
  );
}
