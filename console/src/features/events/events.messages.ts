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
    filterType: '按类型筛选，如 listing.created',
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
    filterType: 'Filter by type, e.g. listing.created',
    none: 'No events received yet.',
  },
);
