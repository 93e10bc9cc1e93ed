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
    fallback: 'Failed: {{message}}',
    requestId: 'Request ID: {{requestId}}',
  },
);
