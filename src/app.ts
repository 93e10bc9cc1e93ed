import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { governanceRoutes } from './domains/governance/index.js';
import {
  lexiconStoreRoutes,
  policyRoutes,
  screeningRoutes,
  screeningVerdictsRoutes,
} from './domains/screening/index.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import { eventsRoutes } from './platform/events/events.routes.js';
import { authPlugin } from './platform/http/auth.plugin.js';
import { installErrorHandler } from './platform/http/error-handler.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { HttpError, HttpErrorCode } from './platform/http/http.errors.js';
import { requestIdFrom } from './platform/http/request-id.js';
import { newId } from './platform/ids.js';
import { webhooksRoutes } from './platform/outbox/webhooks.routes.js';
import { overviewRoutes } from './platform/overview/overview.routes.js';
import type { Platform } from './platform/platform.js';

export interface AppOptions {
  platform: Platform;
  /** pino logger for requests; silent when absent. */
  logger?: Logger;
  /** The built console (console/dist); the API still works without it. */
  consoleDir?: string;
  secureCookies?: boolean;
  /** Key of the identity fingerprints; a development key when absent. */
  identitySecret?: string;
  loginAttemptsPerMinute?: number;
  isShuttingDown?: () => boolean;
  /** Extra routes mounted after the platform's (the local CLI bridge, say). */
  extraRoutes?: (app: FastifyInstance) => Promise<void>;
}

/** Builds the HTTP application with every route; it never listens (tests use inject()). */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { platform } = opts;
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger as FastifyBaseLogger } : { logger: false }),
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']) ?? newId('req'),
    // Requests are logged by the onResponse hook below: errors and slow ones at info, the rest at debug.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    const ms = reply.elapsedTime;
    const entry = { method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(ms) };
    if (reply.statusCode >= 500) req.log.error(entry, 'request failed');
    else if (reply.statusCode >= 400 || ms > 1_000) req.log.info(entry, 'request');
    else req.log.debug(entry, 'request');
  });
  // CloudEvents batches arrive with their own media type; they are JSON all the same.
  app.addContentTypeParser(
    ['application/cloudevents-batch+json', 'application/cloudevents+json'],
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Xinren API',
        version: '0.1.0',
        description: 'Trust & safety for marketplaces and live-stream commerce',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key from `xinren apikey create`' },
          session: { type: 'apiKey', in: 'cookie', name: 'xinren_session' },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(cookie);
  await app.register(authPlugin, { auth: platform.auth });

  await app.register(healthRoutes, { db: platform.db, isShuttingDown: opts.isShuttingDown ?? (() => false) });
  await app.register(authRoutes, {
    auth: platform.auth,
    secureCookies: opts.secureCookies ?? false,
    loginAttemptsPerMinute: opts.loginAttemptsPerMinute ?? 10,
  });
  await app.register(eventsRoutes, { events: platform.events });
  await app.register(webhooksRoutes, { webhooks: platform.webhooks });
  await app.register(auditRoutes, { db: platform.db });
  await app.register(overviewRoutes, { db: platform.db, clock: platform.clock, webhooks: platform.webhooks });
  await app.register(screeningRoutes, { platform });
  await app.register(policyRoutes, { platform });
  await app.register(screeningVerdictsRoutes, { db: platform.db });
  await app.register(lexiconStoreRoutes, { db: platform.db, clock: platform.clock });
  await app.register(governanceRoutes, {
    db: platform.db,
    clock: platform.clock,
    ...(opts.identitySecret ? { identitySecret: opts.identitySecret } : {}),
  });
  if (opts.extraRoutes) await opts.extraRoutes(app);

  const consoleIndex = opts.consoleDir ? join(opts.consoleDir, 'index.html') : null;
  if (opts.consoleDir && consoleIndex && existsSync(consoleIndex)) {
    await app.register(fastifyStatic, { root: opts.consoleDir, prefix: '/', wildcard: true, index: ['index.html'] });
  }
  // The console is a single-page app: any other GET outside the API gets its index page.
  app.setNotFoundHandler(async (req, reply) => {
    const isApi = req.url.startsWith('/v1/') || req.url.startsWith('/docs') || req.url.startsWith('/internal/');
    // A missing asset (a stale page after a rebuild, say) is a 404, not the index page.
    const isAsset = /\.[a-z0-9]+$/i.test(req.url.split('?')[0] ?? '');
    if (req.method === 'GET' && !isApi && !isAsset && consoleIndex) {
      if (!existsSync(consoleIndex)) {
        return reply
          .type('text/plain')
          .send('The console is not built yet: run `npm run build:console` (npm start does it for you).');
      }
      return reply.type('text/html').send(await readFile(consoleIndex));
    }
    throw new HttpError(HttpErrorCode.NotFound, `no route ${req.method} ${req.url.split('?')[0]}`);
  });
  return app;
}
