import { lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Area } from '../features/auth/can-see';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireArea, RoleHome } from '../features/auth/RequireArea';
import { RequireAuth } from '../features/auth/RequireAuth';
import { governanceRoutes } from '../features/governance/governance-routes';
import { screeningRoutes } from '../features/screening/screening-routes';
import { UpcomingModulePage } from '../features/upcoming/UpcomingModulePage';
import { upcomingModules } from '../features/upcoming/upcoming-modules';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

// Feature pages load on demand: the charts of the overview need not delay the login page.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const WebhooksPage = lazy(() => import('../features/webhooks/WebhooksPage').then((m) => ({ default: m.WebhooksPage })));
const EventsPage = lazy(() => import('../features/events/EventsPage').then((m) => ({ default: m.EventsPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const PortalPage = lazy(() => import('../features/portal/PortalPage').then((m) => ({ default: m.PortalPage })));
const PortalDecisionPage = lazy(() =>
  import('../features/portal/PortalDecisionPage').then((m) => ({ default: m.PortalDecisionPage })),
);

/** A route that only the roles allowed into `area` may open; the others land on their home. */
const guarded = (path: string, area: Area, element: ReactNode) => ({
  path,
  element: <RequireArea area={area}>{element}</RequireArea>,
});

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <RoleHome /> },
      guarded('overview', 'overview', <OverviewPage />),
      guarded('webhooks', 'webhooks', <WebhooksPage />),
      guarded('events', 'events', <EventsPage />),
      guarded('settings', 'settings', <SettingsPage />),
      guarded('audit', 'audit', <AuditPage />),
      guarded('portal', 'portal', <PortalPage />),
      guarded('portal/decisions/:id', 'portal', <PortalDecisionPage />),
      ...governanceRoutes.map((route) => guarded(route.path, route.area, route.element)),
      ...screeningRoutes.map((route) => guarded(route.path, route.area, route.element)),
      ...upcomingModules.map((module) => guarded(module, 'upcoming', <UpcomingModulePage module={module} />)),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
