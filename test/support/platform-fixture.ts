import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../src/app.js';
import type { Scope } from '../../src/platform/auth/roles.js';
import { type Clock, systemClock } from '../../src/platform/clock.js';
import { createTestDatabase, type TestDatabase } from '../../src/platform/db/test-database.js';
import { createPlatform, type Platform, type PlatformOptions } from '../../src/platform/platform.js';

export interface PlatformFixture {
  handle: TestDatabase;
  platform: Platform;
  app: FastifyInstance;
  /** Logs in a new user of this role and returns the session cookie header. */
  login(
    role?: 'admin' | 'lead' | 'reviewer' | 'analyst' | 'merchant' | 'host' | 'rights_holder',
    subjectId?: string,
  ): Promise<string>;
  apiKey(scopes: Scope[], subjectId?: string): Promise<string>;
  close(): Promise<void>;
}

let users = 0;

export async function platformFixture(
  options: PlatformOptions & { clock?: Clock; loginAttemptsPerMinute?: number } = {},
): Promise<PlatformFixture> {
  const handle = await createTestDatabase();
  const platform = createPlatform(handle.db, options.clock ?? systemClock, pino({ level: 'silent' }), options);
  const app = await buildApp({ platform, loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 1_000 });
  return {
    handle,
    platform,
    app,
    async login(role = 'admin', subjectId) {
      const username = `${role}${++users}`;
      const password = 'correct horse battery';
      await platform.auth.createUser({ username, role, subjectId, password, actor: 'test' });
      const res = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'xinren_session');
      return `xinren_session=${cookie?.value}`;
    },
    async apiKey(scopes, subjectId) {
      return (await platform.auth.createApiKey({ name: 'test', scopes, subjectId, actor: 'test' })).key;
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** A CloudEvents envelope for tests. */
export function cloudEvent(type: string, data: unknown, id: string, source = 'test://shop') {
  return { specversion: '1.0', id, source, type, time: '2026-11-25T08:00:00Z', data };
}
