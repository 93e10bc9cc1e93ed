import type { FastifyRequest } from 'fastify';
import { AuthError, AuthErrorCode } from '../auth/auth.errors.js';
import type { ApiKeyDto, UserDto } from '../auth/auth.service.js';
import type { Role, Scope } from '../auth/roles.js';

export type Principal = { kind: 'user'; user: UserDto } | { kind: 'apiKey'; apiKey: ApiKeyDto };

/** Who may call a route: staff roles (cookie session) and/or API key scopes (bearer). */
export interface Access {
  roles?: readonly Role[];
  scopes?: readonly Scope[];
}

/** The people who run Xinren, as against the merchants, hosts and rights holders of the portal. */
export const STAFF_ROLES = ['admin', 'lead', 'reviewer', 'analyst'] as const satisfies readonly Role[];

/** Staff sessions, and API keys with the `read` scope. */
export const STAFF_READ = { roles: STAFF_ROLES, scopes: ['read'] } as const satisfies Access;

export function actorOf(p: Principal): string {
  return p.kind === 'user' ? `user:${p.user.id}` : `api_key:${p.apiKey.id}`;
}

/** The outside party a merchant, host or rights-holder principal is bound to, if any. */
export function boundSubjectOf(p: Principal): string | null {
  return p.kind === 'user' ? p.user.subjectId : p.apiKey.subjectId;
}

/** The caller of a route that declared `config.access` (the auth plugin has resolved it). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AuthError(AuthErrorCode.Unauthenticated, 'not logged in');
  return req.principal;
}
