import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
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
      { index: true, element: <Navigate to="/overview" replace /> },
      { path: 'overview', element: <OverviewPage /> },
      { path: 'webhooks', element: <WebhooksPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'audit', element: <AuditPage /> },
      ...upcomingModules.map((module) => ({ path: module, element: <UpcomingModulePage module={module} /> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
