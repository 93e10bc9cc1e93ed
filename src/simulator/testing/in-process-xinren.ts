import { pino } from 'pino';
import { buildApp } from '../../app.js';
import { registerDomains } from '../../domains/register-domains.js';
import type { Scope } from '../../platform/auth/roles.js';
import { systemClock } from '../../platform/clock.js';
import { createTestDatabase } from '../../platform/db/test-database.js';
import { createPlatform } from '../../platform/platform.js';
import { startWorkerLoop } from '../../platform/worker-loop.js';

export interface InProcessXinren {
  url: string;
  apiKey(scopes: Scope[], subjectId?: string): Promise<string>;
  close(): Promise<void>;
}

/** A real Xinren (every domain, the webhook worker) on a fresh test database, listening on a free port. */
export async function startInProcessXinren(): Promise<InProcessXinren> {
  const handle = await createTestDatabase();
  const platform = createPlatform(handle.db, systemClock, pino({ level: 'silent' }));
  registerDomains(platform);
  const app = await buildApp({ platform });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const worker = startWorkerLoop(platform, { idleMs: 20 });
  return {
    url,
    async apiKey(scopes, subjectId) {
      return (await platform.auth.createApiKey({ name: 'simulator test', scopes, subjectId, actor: 'test' })).key;
    },
    async close() {
      await app.close();
      await worker.stop();
      await handle.close();
    },
  };
}
