import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../http/auth.plugin.js';
import { HttpError, HttpErrorCode } from '../http/http.errors.js';
import { actorOf, principalOf } from '../http/principal.js';
import { CreateApiKeyBody, CreateUserBody, IdParams, LoginBody } from './auth.schemas.js';
import type { AuthService } from './auth.service.js';
import { ROLES, SCOPES } from './roles.js';

export interface AuthRoutesOptions {
  auth: AuthService;
  secureCookies: boolean;
  loginAttemptsPerMinute: number;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { auth, secureCookies, loginAttemptsPerMinute },
) => {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new HttpError(HttpErrorCode.RateLimited, `too many attempts; try again in ${Math.ceil(ctx.ttl / 1000)} s`),
  });

  app.post(
    '/v1/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Log in to the console', body: LoginBody },
      config: { rateLimit: { max: loginAttemptsPerMinute, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      const user = await auth.authenticate(req.body.username, req.body.password);
      const session = await auth.createSession(user.id);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        expires: session.expiresAt,
      });
      return { user };
    },
  );

  app.post('/v1/auth/logout', { schema: { tags: ['auth'], summary: 'End the session' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await auth.endSession(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  const anyone = { roles: ROLES, scopes: SCOPES } as const;
  app.get(
    '/v1/auth/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user' }, config: { access: anyone } },
    async (req) => {
      if (req.principal?.kind !== 'user') return { user: null, apiKey: req.principal?.apiKey ?? null };
      return { user: req.principal.user };
    },
  );

  const admin = { roles: ['admin'], scopes: ['admin'] } as const;
  app.get('/v1/users', { schema: { tags: ['auth'], summary: 'List users' }, config: { access: admin } }, async () => ({
    items: await auth.listUsers(),
  }));

  app.post(
    '/v1/users',
    {
      schema: { tags: ['auth'], summary: 'Add a user; the password is shown once', body: CreateUserBody },
      config: { access: admin },
    },
    async (req, reply) => {
      const created = await auth.createUser({ ...req.body, actor: actorOf(principalOf(req)) });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/v1/api-keys',
    { schema: { tags: ['auth'], summary: 'List API keys' }, config: { access: admin } },
    async () => ({
      items: await auth.listApiKeys(),
    }),
  );

  app.post(
    '/v1/api-keys',
    {
      schema: { tags: ['auth'], summary: 'Create an API key; the key is shown once', body: CreateApiKeyBody },
      config: { access: admin },
    },
    async (req, reply) =>
      reply.status(201).send(await auth.createApiKey({ ...req.body, actor: actorOf(principalOf(req)) })),
  );

  app.post(
    '/v1/api-keys/:id/revoke',
    { schema: { tags: ['auth'], summary: 'Revoke an API key', params: IdParams }, config: { access: admin } },
    async (req) => ({ apiKey: await auth.revokeApiKey(req.params.id, actorOf(principalOf(req))) }),
  );
};
