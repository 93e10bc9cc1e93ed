import { canSee } from '../../auth/can-see';
import type { Role } from '../../auth/roles';

// Mirrors the server's LEAD access of granting and revoking (an admin passes every role check).
export function canManageFlaggers(role: Role | undefined): boolean {
  return role !== undefined && canSee(role, 'governance.manage');
}
