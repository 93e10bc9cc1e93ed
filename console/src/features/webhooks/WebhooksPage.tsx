import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { DeliveriesPanel } from './DeliveriesPanel';
import { EndpointsPanel } from './EndpointsPanel';
import { type DeliveryFilter, type DeliveryStatus, deliveryStatuses } from './webhooks.api';

type Tab = 'endpoints' | 'deliveries';

function readStatus(value: string | null): DeliveryStatus | undefined {
  return deliveryStatuses.find((status) => status === value);
}

/** The tab and the delivery filter live in the URL, so a filtered view can be linked and reloaded. */
export function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'deliveries' ? 'deliveries' : 'endpoints';
  const filter: DeliveryFilter = {
    status: readStatus(params.get('status')),
    endpointId: params.get('endpointId') ?? undefined,
  };

  const show = (next: Tab, nextFilter: DeliveryFilter = {}) => {
    const search = new URLSearchParams({ tab: next });
    if (nextFilter.status) search.set('status', nextFilter.status);
    if (nextFilter.endpointId) search.set('endpointId', nextFilter.endpointId);
    setParams(search);
  };

  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => show(key as Tab, key === 'deliveries' ? filter : {})}
        items={[
          {
            key: 'endpoints',
            label: t('tabs.endpoints'),
            children: <EndpointsPanel onShowDeliveries={(endpointId) => show('deliveries', { endpointId })} />,
          },
          {
            key: 'deliveries',
            label: t('tabs.deliveries'),
            children: <DeliveriesPanel filter={filter} onFilterChange={(next) => show('deliveries', next)} />,
          },
        ]}
      />
    </>
  );
}
