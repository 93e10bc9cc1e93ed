import type { Role } from '../auth/roles';

// Mirrors the server's REVIEW access of the case and decision routes: analysts read, they do not decide.
export function canReview(role: Role | undefined): boolean {
  return role === 'admin' || role === 'lead' || role === 'reviewer';
}
