import { Alert, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LimitSelect } from '../../components/LimitSelect';
import { PageHeader } from '../../components/PageHeader';
import { useCurrentUser } from '../auth/auth.queries';
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
      <Flex gap="middle" wrap>
        <Select<string>
          allowClear
          showSearch
          placeholder={t('filterType')}
          value={type}
          onChange={setType}
          options={typeOptions.map((eventType) => ({ value: eventType, label: eventType }))}
          style={{ minWidth: 260 }}
          data-testid="portal-type-filter"
        />
        <LimitSelect value={limit} onChange={setLimit} />
      </Flex>
      {events.error ? <ErrorAlert error={events.error} /> : null}
      <PortalEventsTable events={events.data ?? []} loading={events.isPending} onTypeClick={setType} />
    </Flex>
  );
}
