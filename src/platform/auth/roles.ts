export const ROLES = ['admin', 'lead', 'reviewer', 'analyst', 'merchant', 'host', 'rights_holder'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for one outside party and see only that party's data. */
export const SUBJECT_ROLES: readonly Role[] = ['merchant', 'host', 'rights_holder'];
export const STAFF_ROLES: readonly Role[] = ['admin', 'lead', 'reviewer', 'analyst'];

export function isSubjectRole(role: string): boolean {
  return (SUBJECT_ROLES as readonly string[]).includes(role);
}

export const SCOPES = ['events:write', 'screen', 'webhooks:write', 'read', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];
