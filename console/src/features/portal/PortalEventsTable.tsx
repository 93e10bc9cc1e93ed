import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EventsTable } from '../events/EventsTable';
import type { PortalEvent } from './portal.api';

interface PortalEventsTableProps {
  events: PortalEvent[];
  loading: boolean;
  onTypeClick: (type: string) => void;
}

function EventData({ data }: { data: unknown }) {
  const { t } = useTranslation('portal');
  return (
    <div>
      <Typography.Text type="secondary">{t('data')}</Typography.Text>
      <pre
        data-testid="portal-event-data"
        style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      >
        {JSON.stringify(data, null, 2)}
      </pre>
    </div>
  );
}

export function PortalEventsTable({ events, loading, onTypeClick }: PortalEventsTableProps) {
  const { t } = useTranslation('portal');
  return (
    <EventsTable<PortalEvent>
      events={events}
      loading={loading}
      onTypeClick={onTypeClick}
      expandedRowRender={(event) => <EventData data={event.data} />}
      emptyText={t('none')}
      testId="portal-events-table"
    />
  );
}
