import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../platform/app-error.js';
import { AuthError, AuthErrorCode } from '../platform/auth/auth.errors.js';
import { HttpError, HttpErrorCode } from '../platform/http/http.errors.js';
import type { Platform } from '../platform/platform.js';
import { isCliOperation, runCliOperation } from './operations.js';

export const BRIDGE_TOKEN_HEADER = 'x-xinren-cli-token';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * POST /internal/cli: runs a CLI operation inside this server for a local process that cannot
 * open the embedded database itself. Only loopback callers holding the token from the data
 * directory's lock file (mode 0600) get in.
 */
export function bridgeRoutes(platform: Platform, token: string) {
  return async (app: FastifyInstance) => {
    // Room for a lexicon file (`xinren lexicon import`); the largest shipped one is about 2 MB.
    app.post('/internal/cli', { bodyLimit: 64 * 1024 * 1024, schema: { hide: true } }, async (req) => {
      const given = req.headers[BRIDGE_TOKEN_HEADER];
      const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
      if (!loopback || typeof given !== 'string' || !sameToken(given, token)) {
        throw new AuthError(
          AuthErrorCode.Unauthenticated,
          'the CLI bridge takes local calls with the data directory token',
        );
      }
      const body = req.body as { operation?: unknown; args?: unknown } | null;
      const name = String(body?.operation ?? '');
      if (!isCliOperation(name)) throw new HttpError(HttpErrorCode.ValidationFailed, `unknown CLI operation ${name}`);
      try {
        return { result: await runCliOperation(platform, name, body?.args ?? {}) };
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (err instanceof Error && err.name === 'ZodError')
          throw new HttpError(HttpErrorCode.ValidationFailed, err.message);
        throw err;
      }
    });
  };
}
