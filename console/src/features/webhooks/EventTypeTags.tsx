import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { allEventTypes } from './webhooks.api';

export function EventTypeTags({ eventTypes }: { eventTypes: string[] }) {
  const { t } = useTranslation('webhooks');
  return (
    <Flex wrap gap={4}>
      {eventTypes.map((type) =>
        type === allEventTypes ? (
          <Tag key={type} color="blue">
            {t('endpoint.allTypes')}
          </Tag>
        ) : (
          <Tag key={type}>{type}</Tag>
        ),
      )}
    </Flex>
  );
}
