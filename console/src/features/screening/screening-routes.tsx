import { lazy, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Area } from '../auth/can-see';
import type { ScreeningNavKey } from './screening-navigation';

// Loaded on demand, like the other feature pages.
const TryItPage = lazy(() => import('./TryItPage').then((m) => ({ default: m.TryItPage })));
const VerdictsPage = lazy(() => import('./VerdictsPage').then((m) => ({ default: m.VerdictsPage })));
const LexiconsPage = lazy(() => import('./LexiconsPage').then((m) => ({ default: m.LexiconsPage })));
const PoliciesPage = lazy(() => import('./PoliciesPage').then((m) => ({ default: m.PoliciesPage })));

export const screeningRoutes: { path: ScreeningNavKey | 'screening'; area: Area; element: ReactNode }[] = [
  // Where the placeholder page of the module used to be; old links land on the try-it box.
  { path: 'screening', area: 'screening', element: <Navigate to="/screening-try" replace /> },
  { path: 'screening-try', area: 'screening', element: <TryItPage /> },
  { path: 'screening-verdicts', area: 'screening', element: <VerdictsPage /> },
  { path: 'screening-lexicons', area: 'screening', element: <LexiconsPage /> },
  { path: 'screening-policies', area: 'screening', element: <PoliciesPage /> },
];
