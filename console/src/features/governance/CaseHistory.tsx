import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import type { CaseEvent } from './governance.types';

const noteText = (data: unknown): string | null =>
  typeof data === 'object' && data !== null && typeof (data as { text?: unknown }).text === 'string'
    ? (data as { text: string }).text
    : null;

/** What happened to a case, oldest first, with who did it. */
export function CaseHistory({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation('governance');
  return (
    <Card title={t('history.title')} data-testid="case-history">
      <Timeline
        items={events.map((event) => {
          const note = noteText(event.data);
          return {
            key: event.id,
            color: event.type.startsWith('decision') ? 'blue' : event.type === 'escalated' ? 'red' : 'gray',
            content: (
              <div data-testid="case-event" data-type={event.type}>
                <Typography.Text strong>
                  {t(`history.type.${event.type}`, { defaultValue: event.type })}
                </Typography.Text>
                {event.fromState && event.toState && (
                  <Typography.Text>
                    {' '}
                    {t(`state.${event.fromState}`)} → {t(`state.${event.toState}`)}
                  </Typography.Text>
                )}
                <div>
                  <Typography.Text type="secondary">
                    {event.actor} · <DateTime value={event.at} />
                  </Typography.Text>
                </div>
                {note && <Typography.Paragraph style={{ margin: 0 }}>{note}</Typography.Paragraph>}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
