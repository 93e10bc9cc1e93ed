import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useCurrentUser } from './auth.queries';
import { type Area, canSee, homePath } from './can-see';

/**
 * Renders a page only for a role that may use it; anyone else is sent to the home of their role.
 * Used inside RequireAuth, so the current user is already known.
 */
export function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { data: user } = useCurrentUser();
  if (!user) return null;
  if (!canSee(user.role, area)) return <Navigate to={homePath(user.role)} replace />;
  return <>{children}</>;
}

/** Whether the signed-in user may use `area`: for parts of a page, such as its write actions. */
export function useCanSee(area: Area): boolean {
  const { data: user } = useCurrentUser();
  return user ? canSee(user.role, area) : false;
}

/** The root of the console: the home of the signed-in role. */
export function RoleHome() {
  const { data: user } = useCurrentUser();
  if (!user) return null;
  return <Navigate to={homePath(user.role)} replace />;
}
