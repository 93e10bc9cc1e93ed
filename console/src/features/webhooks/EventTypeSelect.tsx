import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { allEventTypes } from './webhooks.api';
import { useWebhookTypes } from './webhooks.queries';

interface EventTypeSelectProps {
  value?: string[];
  onChange?: (value: string[]) => void;
}

/**
 * The catalogue from the server, plus "*". Choosing "*" drops the single types and choosing a single
 * type drops "*", so a subscription never says both.
 */
export function EventTypeSelect({ value = [], onChange }: EventTypeSelectProps) {
  const { t } = useTranslation('webhooks');
  const types = useWebhookTypes();
  const options = [
    { value: allEventTypes, label: `${t('endpoint.allTypes')} (*)` },
    ...(types.data ?? []).map((type) => ({ value: type, label: type })),
  ];
  const change = (next: string[]) => {
    const added = next.find((type) => !value.includes(type));
    if (added === allEventTypes) onChange?.([allEventTypes]);
    else onChange?.(next.filter((type) => type !== allEventTypes));
  };
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={change}
      options={options}
      loading={types.isPending}
      allowClear
      data-testid="endpoint-event-types"
    />
  );
}
