import { SafetyOutlined } from '@ant-design/icons';
import { Flex, Layout, Spin } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../features/auth/auth.queries';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

/** The signed-in frame: side menu, header, and the current page. Rendered only under RequireAuth. */
export function AppLayout() {
  const { data: user } = useCurrentUser();
  const [collapsed, setCollapsed] = useState(false);
  if (!user) return null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
        <Flex align="center" justify="center" style={{ height: 64, color: '#fff', fontSize: 18, gap: 8 }}>
          <SafetyOutlined />
          {collapsed ? null : <span>信任</span>}
        </Flex>
        <SideMenu role={user.role} />
      </Layout.Sider>
      <Layout>
        <AppHeader user={user} />
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
