import { defineMessages } from '../../i18n/define-messages';

export const eventsMessages = defineMessages(
  {
    title: '事件',
    subtitle: '通过 POST /v1/events 接收到的最近事件',
    id: '事件 ID',
    source: '来源',
    type: '类型',
    time: '发生时间',
    receivedAt: '接收时间',
    filterType: '按事件类型筛选',
    none: '尚未接收到事件。',
  },
  {
    title: 'Events',
    subtitle: 'Recent events received through POST /v1/events',
    id: 'Event ID',
    source: 'Source',
    type: 'Type',
    time: 'Occurred',
    receivedAt: 'Received',
    filterType: 'Filter by event type',
    none: 'No events received yet.',
  },
);
