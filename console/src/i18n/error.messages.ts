import { defineMessages } from './define-messages';

// Keyed by the API's error codes (docs/errors.md): `auth.invalid_credentials` is auth → invalid_credentials.
export const errorMessages = defineMessages(
  {
    auth: {
      invalid_credentials: '用户名或密码错误。',
      unauthenticated: '登录已失效，请重新登录。',
      forbidden: '您没有执行此操作的权限。',
    },
    http: {
      rate_limited: '尝试次数过多，请稍后再试。',
    },
    network: {
      unreachable: '无法连接到服务器，请检查网络或服务状态。',
    },
    screening: {
      unknown_kind: '不支持的内容类型。',
      text_too_large: '文本超过 1 MB，无法识别。',
      version_conflict: '其他人刚刚修改了这个词库，您的修改未保存。请重新加载后再试。',
      invalid_transition: '该策略版本当前的状态不允许这一变更，请刷新后再试。',
    },
    fallback: '操作失败：{{message}}',
    requestId: '请求编号：{{requestId}}',
  },
  {
    auth: {
      invalid_credentials: 'Wrong username or password.',
      unauthenticated: 'Your session has ended. Please log in again.',
      forbidden: 'You are not allowed to do this.',
    },
    http: {
      rate_limited: 'Too many attempts. Please try again later.',
    },
    network: {
      unreachable: 'Cannot reach the server. Check the network or the service.',
    },
    screening: {
      unknown_kind: 'This content kind is not supported.',
      text_too_large: 'The text is over 1 MB and cannot be screened.',
      version_conflict: 'Someone else changed this lexicon just now; your change was not saved. Reload and try again.',
      invalid_transition: 'This policy version cannot change to that status now. Refresh and try again.',
    },
    fallback: 'Failed: {{message}}',
    requestId: 'Request ID: {{requestId}}',
  },
);
