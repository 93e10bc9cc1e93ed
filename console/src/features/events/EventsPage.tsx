import { Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LimitSelect } from '../../components/LimitSelect';
import { PageHeader } from '../../components/PageHeader';
import { EventsTable } from './EventsTable';
import { useEvents } from './useEvents';

export function EventsPage() {
  const { t } = useTranslation('events');
  const [type, setType] = useState('');
  const [draftType, setDraftType] = useState('');
  const [limit, setLimit] = useState(100);
  const events = useEvents({ type: type || undefined, limit });

  const filterBy = (next: string) => {
    setDraftType(next);
    setType(next.trim());
  };

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('title')} />
      <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
      <Flex gap="middle" wrap>
        <Input.Search
          allowClear
          placeholder={t('filterType')}
          value={draftType}
          onChange={(event) => setDraftType(event.target.value)}
          onSearch={filterBy}
          style={{ maxWidth: 360 }}
          data-testid="events-type-filter"
        />
        <LimitSelect value={limit} onChange={setLimit} />
      </Flex>
      {events.error ? <ErrorAlert error={events.error} /> : null}
      <EventsTable events={events.data ?? []} loading={events.isPending} onTypeClick={filterBy} />
    </Flex>
  );
}
