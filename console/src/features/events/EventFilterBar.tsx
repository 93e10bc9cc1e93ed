import { Flex, Select } from 'antd';
import { LimitSelect } from '../../components/LimitSelect';

interface EventFilterBarProps {
  types: readonly string[];
  type: string | undefined;
  onTypeChange: (type: string | undefined) => void;
  limit: number;
  onLimitChange: (limit: number) => void;
  placeholder: string;
  testId: string;
}

/** The type filter and page size above an events table. */
export function EventFilterBar({
  types,
  type,
  onTypeChange,
  limit,
  onLimitChange,
  placeholder,
  testId,
}: EventFilterBarProps) {
  return (
    <Flex gap="middle" wrap>
      <Select<string>
        allowClear
        showSearch
        placeholder={placeholder}
        value={type}
        onChange={onTypeChange}
        options={types.map((eventType) => ({ value: eventType, label: eventType }))}
        style={{ minWidth: 260 }}
        data-testid={testId}
      />
      <LimitSelect value={limit} onChange={onLimitChange} />
    </Flex>
  );
}
