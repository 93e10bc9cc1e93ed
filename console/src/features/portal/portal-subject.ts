import type { Role } from '../auth/roles';

/** The kind of subject a portal account answers for in governance; a rights holder answers for none. */
export function portalSubjectKind(role: Role): 'merchant' | 'host' | null {
  return role === 'merchant' ? 'merchant' : role === 'host' ? 'host' : null;
}
