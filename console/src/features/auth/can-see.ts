import { isPortalRole, type Role } from './roles';

/**
 * The parts of the console a role may open. `upcoming` stands for every placeholder of a domain whose
 * pages are not built yet; `webhooks.manage` is the write side of the webhooks page, `screening.manage` of the
 * lexicon and policy editors, `governance.manage` of the trusted-flagger admin.
 */
export const areas = [
  'overview',
  'events',
  'webhooks',
  'webhooks.manage',
  'audit',
  'settings',
  'upcoming',
  'portal',
  'screening',
  'screening.manage',
  'governance',
  'governance.manage',
] as const;
export type Area = (typeof areas)[number];

// Mirrors the access rules of the server's routes; the server still decides, this only keeps the
// console from offering what would answer 403.
const allowed: Record<Area, readonly Role[]> = {
  overview: ['admin', 'lead', 'reviewer', 'analyst'],
  events: ['admin', 'lead', 'reviewer', 'analyst'],
  webhooks: ['admin', 'lead', 'analyst'],
  'webhooks.manage': ['admin'],
  audit: ['admin', 'lead'],
  settings: ['admin'],
  upcoming: ['admin', 'lead', 'reviewer', 'analyst'],
  portal: ['merchant', 'host', 'rights_holder'],
  screening: ['admin', 'lead', 'reviewer', 'analyst'],
  'screening.manage': ['admin', 'lead'],
  governance: ['admin', 'lead', 'reviewer', 'analyst'],
  'governance.manage': ['admin', 'lead'],
};

export function canSee(role: Role, area: Area): boolean {
  return allowed[area].includes(role);
}

/** Where a role starts: after login, at the root, and when it opens a page it may not use. */
export function homePath(role: Role): '/overview' | '/portal' {
  return isPortalRole(role) ? '/portal' : '/overview';
}
