// Kept free of DOM and React so that plain unit tests (and the access rules built on it) can import it.

export const staffRoles = ['admin', 'lead', 'reviewer', 'analyst'] as const;
/** Merchants, hosts and rights holders: each account acts for one subject id. */
export const portalRoles = ['merchant', 'host', 'rights_holder'] as const;
export const roles = [...staffRoles, ...portalRoles] as const;

export type StaffRole = (typeof staffRoles)[number];
export type PortalRole = (typeof portalRoles)[number];
export type Role = (typeof roles)[number];

export function isPortalRole(role: Role): role is PortalRole {
  return (portalRoles as readonly Role[]).includes(role);
}
