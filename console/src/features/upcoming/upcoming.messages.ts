import { defineMessages } from '../../i18n/define-messages';

export const upcomingMessages = defineMessages(
  {
    notYet: '该模块尚未上线，将随其对应的 issue 一同交付。',
    scope: {
      ip: '权利人与权利登记、投诉与反通知（电子商务法第 42–43 条）、假货知识库与拦截。',
      protection: '权益产品与信任购、消费者理赔与先行赔付、买家权益滥用识别。',
      fulfillment: '发货时限、智能催发货、延迟发货自动赔付与提前回款。',
      voice: '多渠道用户反馈的分类与诊断、NPS、负反馈与主动回访。',
      reports: '由平台数据生成的信任报告，以及 DSA 要求的透明度数据导出。',
    },
  },
  {
    notYet: 'This module is not available yet; it arrives with its issue.',
    scope: {
      ip: 'Rights holders and their rights, complaints and counter-notices (E-Commerce Law Art. 42–43), the counterfeit library and interceptions.',
      protection:
        'Rights products and trust purchase, buyer claims with advance compensation, and abuse of buyer benefits.',
      fulfillment: 'Ship-by deadlines, smart urging, automatic late-shipping compensation and early settlement.',
      voice: 'Feedback from every channel, classified and diagnosed; NPS, negative feedback and proactive callbacks.',
      reports: 'The trust report generated from platform data, and the transparency exports the DSA asks for.',
    },
  },
);
