import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import type { Credentials } from './auth.api';
import { useCurrentUser, useLogin } from './auth.queries';
import { homePath } from './can-see';

/** Back to the page that asked for a login, or else the home of the role (the portal for merchants). */
function returnPath(state: unknown, home: string): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only an in-app path: never a protocol-relative URL, never back to the login page itself. A page the
  // role may not use sends it on to its home.
  const inApp = typeof from === 'string' && from.startsWith('/') && !from.startsWith('//');
  return inApp && from !== '/' && !from.startsWith('/login') ? from : home;
}

export function LoginPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const location = useLocation();
  const currentUser = useCurrentUser();
  const login = useLogin();

  if (currentUser.isPending) return <Spin fullscreen />;
  if (currentUser.data) return <Navigate to={returnPath(location.state, homePath(currentUser.data.role))} replace />;

  // A successful login fills the current user, and the redirect above takes over.
  const submit = (credentials: Credentials) => login.mutate(credentials);

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: '100vh', padding: 24 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical gap="middle">
          <Flex justify="space-between" align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {tc('productName')}
            </Typography.Title>
            <LanguageSwitch />
          </Flex>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('login.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          {login.error ? <ErrorAlert error={login.error} testId="login-error" /> : null}
          <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} disabled={login.isPending}>
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('login.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
        </Flex>
      </Card>
    </Flex>
  );
}
