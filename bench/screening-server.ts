import pino from 'pino';
import { buildApp } from '../src/app.js';
import { registerDomains } from '../src/domains/register-domains.js';
import { screeningSourcesFor } from '../src/domains/screening/policy/screening-sources.js';
import type { Scope } from '../src/platform/auth/roles.js';
import { systemClock } from '../src/platform/clock.js';
import type { DatabaseHandle } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrations.js';
import { createPlatform, type Platform, platformOptionsFor } from '../src/platform/platform.js';

// The system under test of the screening benches: the real application (buildApp) with every
// domain registered as `xinren serve` does, on a migrated database, listening on loopback, with a
// real API key of the given scopes.

export interface ScreeningServer {
  origin: string;
  authorization: string;
  platform: Platform;
  close(): Promise<void>;
}

export async function startScreeningServer(
  handle: DatabaseHandle,
  options: { scopes: Scope[]; sharedDatabase: boolean },
): Promise<ScreeningServer> {
  await migrateToLatest(handle.db);
  // As `xinren serve` runs it: pino at info (requests are logged at debug, so none are written),
  // its output going nowhere.
  const log = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const platform = createPlatform(handle.db, systemClock, log, platformOptionsFor(handle));
  registerDomains(platform, { sharedDatabase: options.sharedDatabase });
  // A running server has long loaded its lexicons and policy (seeding them into a new database):
  // load them before anything is measured.
  const sources = screeningSourcesFor(handle.db, platform.clock);
  await sources.engines.current();
  await sources.policies.current();
  const app = await buildApp({ platform, logger: log });
  const { key } = await platform.auth.createApiKey({ name: 'screening bench', scopes: options.scopes, actor: 'bench' });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { origin: address, authorization: `Bearer ${key}`, platform, close: () => app.close() };
}
