import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AuthError, AuthErrorCode } from '../auth/auth.errors.js';
import type { AuthService } from '../auth/auth.service.js';
import type { Access, Principal } from './principal.js';

export const SESSION_COOKIE = 'xinren_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route; absent means public. */
    access?: Access;
  }
}

async function resolvePrincipal(auth: AuthService, req: FastifyRequest): Promise<Principal | null> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const apiKey = m?.[1] ? await auth.resolveApiKey(m[1]) : null;
    if (!apiKey)
      throw new AuthError(AuthErrorCode.InvalidApiKey, 'the API key is missing, malformed, unknown or revoked');
    return { kind: 'apiKey', apiKey };
  }
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const user = await auth.resolveSession(token);
  return user ? { kind: 'user', user } : null;
}

function isAllowed(p: Principal, access: Access): boolean {
  if (p.kind === 'user') return (access.roles ?? []).includes(p.user.role) || p.user.role === 'admin';
  return p.apiKey.scopes.includes('admin') || (access.scopes ?? []).some((s) => p.apiKey.scopes.includes(s));
}

/** Resolves the caller on every route that declares `config.access`, and enforces it. */
export const authPlugin = fp(async (app: FastifyInstance, opts: { auth: AuthService }) => {
  app.decorateRequest('principal', null);
  app.addHook('preHandler', async (req) => {
    const access = req.routeOptions.config.access;
    if (!access) return;
    const principal = await resolvePrincipal(opts.auth, req);
    if (!principal) throw new AuthError(AuthErrorCode.Unauthenticated, 'log in or send an API key as a Bearer token');
    if (!isAllowed(principal, access)) {
      throw principal.kind === 'apiKey'
        ? new AuthError(
            AuthErrorCode.MissingScope,
            `this API key needs one of the scopes: ${(access.scopes ?? []).join(', ') || 'admin'}`,
          )
        : new AuthError(AuthErrorCode.Forbidden, `your role (${principal.user.role}) may not do this`);
    }
    req.principal = principal;
  });
});
