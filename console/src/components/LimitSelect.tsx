import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

const limits = [50, 100, 200, 500];

/** How many of the newest rows a list asks the server for. */
export function LimitSelect({ value, onChange }: { value: number; onChange: (limit: number) => void }) {
  const { t } = useTranslation();
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      style={{ width: 120 }}
      aria-label={t('table.limit')}
      options={limits.map((limit) => ({ value: limit, label: `${limit}` }))}
    />
  );
}
