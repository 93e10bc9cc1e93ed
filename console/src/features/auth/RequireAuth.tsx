import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCurrentUser } from './auth.queries';

/** Renders its children only for a signed-in user; anyone else goes to /login and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data: user, isPending, error } = useCurrentUser();
  if (isPending) return <Spin fullscreen />;
  if (error) return <ErrorAlert error={error} />;
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <>{children}</>;
}
