import { Button, Flex, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayRange } from './figures.types';
import { adjustRange, dayCount, lastDays, MAX_FIGURES_DAYS } from './figures-view';

const presets = [
  { days: 7, key: 'range.last7' },
  { days: 30, key: 'range.last30' },
  { days: MAX_FIGURES_DAYS, key: 'range.last92' },
] as const;

interface FiguresRangePickerProps {
  range: DayRange;
  onChange: (range: DayRange) => void;
  /** Today, UTC: the presets end on it and no end may pass it. */
  today: string;
}

/**
 * Two UTC days and a few presets. Editing one end drags the other along when the range would
 * turn round or pass the server's cap, so the page never asks for a range the server refuses.
 */
export function FiguresRangePicker({ range, onChange, today }: FiguresRangePickerProps) {
  const { t } = useTranslation('figures');
  const todayAt = new Date(`${today}T00:00:00Z`);
  return (
    <Flex vertical gap={4} align="flex-end">
      <Space wrap>
        <Space.Compact>
          <Input
            type="date"
            aria-label={t('range.from')}
            data-testid="figures-from"
            value={range.from}
            max={today}
            onChange={(e) => onChange(adjustRange(range, 'from', e.target.value))}
          />
          <Input
            type="date"
            aria-label={t('range.to')}
            data-testid="figures-to"
            value={range.to}
            max={today}
            onChange={(e) => onChange(adjustRange(range, 'to', e.target.value))}
          />
        </Space.Compact>
        <Space.Compact>
          {presets.map((p) => {
            const preset = lastDays(todayAt, p.days);
            const active = preset.from === range.from && preset.to === range.to;
            return (
              <Button
                key={p.days}
                type={active ? 'primary' : 'default'}
                data-testid={`figures-last-${p.days}`}
                onClick={() => onChange(preset)}
              >
                {t(p.key)}
              </Button>
            );
          })}
        </Space.Compact>
      </Space>
      <Typography.Text type="secondary" data-testid="figures-range-days" data-days={dayCount(range)}>
        {t('range.hint', { max: MAX_FIGURES_DAYS })}
      </Typography.Text>
    </Flex>
  );
}
