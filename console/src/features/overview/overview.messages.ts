import { defineMessages } from '../../i18n/define-messages';

export const overviewMessages = defineMessages(
  {
    title: '总览',
    sections: {
      events: '事件',
      deliveries: 'Webhook 投递',
      jobs: '后台任务',
      endpoints: 'Webhook 端点',
    },
    stats: {
      eventsLastHour: '近一小时事件',
      eventsTotal: '事件总数',
      deliveriesSucceeded: '投递成功',
      deliveriesFailing: '重试中',
      deliveriesPending: '待投递',
      deliveriesDead: '已放弃',
      jobsPending: '排队中',
      jobsRunning: '执行中',
      jobsDead: '已失败',
      endpointsActive: '启用',
      endpointsDisabled: '已停用',
    },
    charts: {
      eventsPerMinute: '每分钟接收事件（近 60 分钟）',
      deliveriesPerMinute: '每分钟 Webhook 投递（近 60 分钟）',
      events: '事件',
      succeeded: '成功',
      failed: '失败',
    },
  },
  {
    title: 'Overview',
    sections: {
      events: 'Events',
      deliveries: 'Webhook deliveries',
      jobs: 'Background jobs',
      endpoints: 'Webhook endpoints',
    },
    stats: {
      eventsLastHour: 'Events in the last hour',
      eventsTotal: 'Events in total',
      deliveriesSucceeded: 'Succeeded',
      deliveriesFailing: 'Failing',
      deliveriesPending: 'Pending',
      deliveriesDead: 'Dead',
      jobsPending: 'Pending',
      jobsRunning: 'Running',
      jobsDead: 'Dead',
      endpointsActive: 'Active',
      endpointsDisabled: 'Disabled',
    },
    charts: {
      eventsPerMinute: 'Events ingested per minute (last 60 minutes)',
      deliveriesPerMinute: 'Webhook deliveries per minute (last 60 minutes)',
      events: 'Events',
      succeeded: 'Succeeded',
      failed: 'Failed',
    },
  },
);
