import { lazy, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Area } from '../auth/can-see';

const QueuesPage = lazy(() => import('./QueuesPage').then((m) => ({ default: m.QueuesPage })));
const CasePage = lazy(() => import('./CasePage').then((m) => ({ default: m.CasePage })));
const SubjectPointsPage = lazy(() => import('./SubjectPointsPage').then((m) => ({ default: m.SubjectPointsPage })));

// Cases are read by the staff roles of the screening area (the server's STAFF_READ); the review
// buttons are offered only to the roles that may review (see can-review.ts).
export const governanceRoutes: { path: string; area: Area; element: ReactNode }[] = [
  // Where the placeholder page of the module used to be.
  { path: 'governance', area: 'screening', element: <Navigate to="/governance-queues" replace /> },
  { path: 'governance-queues', area: 'screening', element: <QueuesPage /> },
  { path: 'governance-cases/:id', area: 'screening', element: <CasePage /> },
  { path: 'governance-subjects/:kind/:id', area: 'screening', element: <SubjectPointsPage /> },
];
