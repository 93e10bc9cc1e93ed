import { lazy, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Area } from '../auth/can-see';

const QueuesPage = lazy(() => import('./QueuesPage').then((m) => ({ default: m.QueuesPage })));
const CasePage = lazy(() => import('./CasePage').then((m) => ({ default: m.CasePage })));
const SubjectPointsPage = lazy(() => import('./SubjectPointsPage').then((m) => ({ default: m.SubjectPointsPage })));
const AppealsPage = lazy(() => import('./appeals/AppealsPage').then((m) => ({ default: m.AppealsPage })));
const AppealPage = lazy(() => import('./appeals/AppealPage').then((m) => ({ default: m.AppealPage })));
const GovernanceFiguresPage = lazy(() =>
  import('./figures/GovernanceFiguresPage').then((m) => ({ default: m.GovernanceFiguresPage })),
);
const TrustedFlaggersPage = lazy(() =>
  import('./flaggers/TrustedFlaggersPage').then((m) => ({ default: m.TrustedFlaggersPage })),
);

// Cases are read by the staff roles of the governance area (the server's STAFF_READ); the review
// buttons are offered only to the roles that may review (see can-review.ts).
export const governanceRoutes: { path: string; area: Area; element: ReactNode }[] = [
  // Where the placeholder page of the module used to be.
  { path: 'governance', area: 'governance', element: <Navigate to="/governance-queues" replace /> },
  { path: 'governance-queues', area: 'governance', element: <QueuesPage /> },
  { path: 'governance-cases/:id', area: 'governance', element: <CasePage /> },
  { path: 'governance-subjects/:kind/:id', area: 'governance', element: <SubjectPointsPage /> },
  { path: 'governance-appeals', area: 'governance', element: <AppealsPage /> },
  { path: 'governance-appeals/:id', area: 'governance', element: <AppealPage /> },
  // Staff read the register (the server's STAFF_READ); granting and revoking are offered to leads on the page.
  { path: 'governance-trusted-flaggers', area: 'governance', element: <TrustedFlaggersPage /> },
  { path: 'governance-figures', area: 'governance', element: <GovernanceFiguresPage /> },
];
