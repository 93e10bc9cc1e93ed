import { defineMessages } from '../../i18n/define-messages';

export const portalMessages = defineMessages(
  {
    title: '我的事件',
    subject: '主体 ID',
    subtitle: '平台收到的、与您的主体相关的最近事件。展开一行可查看事件数据。',
    noSubject: '此账号未绑定主体，无法查看事件。',
    id: '事件 ID',
    source: '来源',
    type: '类型',
    time: '发生时间',
    receivedAt: '接收时间',
    data: '事件数据',
    filterType: '按事件类型筛选',
    none: '暂无与您相关的事件。',
  },
  {
    title: 'My events',
    subject: 'Subject ID',
    subtitle: 'Recent events the platform received that name your subject. Expand a row to see its data.',
    noSubject: 'This account is not bound to a subject, so it has no events to show.',
    id: 'Event ID',
    source: 'Source',
    type: 'Type',
    time: 'Occurred',
    receivedAt: 'Received',
    data: 'Event data',
    filterType: 'Filter by event type',
    none: 'No events name you yet.',
  },
);
