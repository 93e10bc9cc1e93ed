import pino from 'pino';
import { buildApp } from '../src/app.js';
import { systemClock } from '../src/platform/clock.js';
import type { DatabaseHandle } from '../src/platform/db/database.js';
import { createPlatform } from '../src/platform/platform.js';

// The system under test: the real application (buildApp) on the real platform, listening on
// loopback, with a real API key that has the events:write scope.

export interface IntakeServer {
  origin: string;
  path: string;
  authorization: string;
  apiKeyId: string;
  close(): Promise<void>;
}

export async function startIntakeServer(handle: DatabaseHandle): Promise<IntakeServer> {
  // As `xinren serve` runs it: a pino logger at info (requests are logged at debug, so none are
  // written); the output goes nowhere.
  const log = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const platform = createPlatform(handle.db, systemClock, log);
  const app = await buildApp({ platform, logger: log });
  const { apiKey, key } = await platform.auth.createApiKey({
    name: 'intake bench',
    scopes: ['events:write'],
    actor: 'bench',
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    origin: address,
    path: '/v1/events',
    authorization: `Bearer ${key}`,
    apiKeyId: apiKey.id,
    close: () => app.close(),
  };
}
