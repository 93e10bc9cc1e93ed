import { Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DeliveriesTable } from './DeliveriesTable';
import { DeliveryDrawer } from './DeliveryDrawer';
import { type DeliveryFilter, type DeliveryStatus, deliveryStatuses } from './webhooks.api';
import { useDeliveries, useEndpoints } from './webhooks.queries';

interface DeliveriesPanelProps {
  filter: DeliveryFilter;
  onFilterChange: (filter: DeliveryFilter) => void;
}

export function DeliveriesPanel({ filter, onFilterChange }: DeliveriesPanelProps) {
  const { t } = useTranslation('webhooks');
  const deliveries = useDeliveries({ ...filter, limit: 200 });
  const endpoints = useEndpoints();
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap>
        <Select<DeliveryStatus>
          allowClear
          placeholder={t('delivery.filterStatus')}
          style={{ minWidth: 180 }}
          value={filter.status}
          onChange={(status) => onFilterChange({ ...filter, status })}
          options={deliveryStatuses.map((status) => ({ value: status, label: t(`deliveryStatus.${status}`) }))}
          data-testid="delivery-status-filter"
        />
        <Select<string>
          allowClear
          placeholder={t('delivery.filterEndpoint')}
          style={{ minWidth: 320 }}
          value={filter.endpointId}
          onChange={(endpointId) => onFilterChange({ ...filter, endpointId })}
          options={(endpoints.data ?? []).map((endpoint) => ({ value: endpoint.id, label: endpoint.url }))}
        />
      </Flex>
      {deliveries.error ? <ErrorAlert error={deliveries.error} /> : null}
      <DeliveriesTable deliveries={deliveries.data ?? []} loading={deliveries.isPending} onOpen={setOpenId} />
      <DeliveryDrawer deliveryId={openId} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
