import { defineMessages } from '../../i18n/define-messages';

export const authMessages = defineMessages(
  {
    login: {
      title: '登录控制台',
      subtitle: '面向电商与直播电商的开源信任与安全平台',
      username: '用户名',
      password: '密码',
      submit: '登录',
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
    },
    roles: {
      admin: '管理员',
      lead: '审核组长',
      reviewer: '审核员',
      analyst: '分析师',
      merchant: '商家',
      host: '主播',
      rights_holder: '权利人',
    },
  },
  {
    login: {
      title: 'Sign in to the console',
      subtitle: 'Open-source trust & safety for marketplaces and live-stream commerce',
      username: 'Username',
      password: 'Password',
      submit: 'Log in',
      usernameRequired: 'Enter your username',
      passwordRequired: 'Enter your password',
    },
    roles: {
      admin: 'Administrator',
      lead: 'Review lead',
      reviewer: 'Reviewer',
      analyst: 'Analyst',
      merchant: 'Merchant',
      host: 'Host',
      rights_holder: 'Rights holder',
    },
  },
);
