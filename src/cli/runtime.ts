import { resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { type Config, loadConfig } from '../config.js';
import { registerDomains } from '../domains/register-domains.js';
import { systemClock } from '../platform/clock.js';
import { readDataDirLock } from '../platform/db/data-dir-lock.js';
import { type DatabaseHandle, openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrations.js';
import { createPlatform, type Platform, platformOptionsFor } from '../platform/platform.js';
import { BRIDGE_TOKEN_HEADER } from './bridge.routes.js';
import { type CliOperation, runCliOperation } from './operations.js';

/** A failure the CLI reports as one line on stderr with a non-zero exit. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function config(): Config {
  return loadConfig();
}

export function dataDir(c: Config): string {
  return resolve(c.XINREN_DATA_DIR);
}

export function createLogger(c: Config, name: string): Logger {
  return pino({ name, level: c.XINREN_LOG_LEVEL });
}

/** Opens the configured database, refusing a PGlite data directory another process holds. */
export async function openConfiguredDatabase(c: Config): Promise<DatabaseHandle> {
  if (c.DATABASE_URL) return openDatabase({ url: c.DATABASE_URL });
  const dir = dataDir(c);
  const lock = readDataDirLock(dir);
  if (lock) {
    throw new CliError(
      `the data directory ${dir} is in use by Xinren process ${lock.pid} (${lock.url}); stop it, or set DATABASE_URL to share a PostgreSQL`,
    );
  }
  return openDatabase({ dataDir: dir });
}

export async function openPlatform(c: Config, log: Logger): Promise<{ platform: Platform; handle: DatabaseHandle }> {
  const handle = await openConfiguredDatabase(c);
  try {
    await migrateToLatest(handle.db);
  } catch (err) {
    await handle.close();
    throw err;
  }
  const platform = createPlatform(handle.db, systemClock, log, {
    ...platformOptionsFor(handle),
    sessionTtlMs: c.XINREN_SESSION_TTL_HOURS * 3_600_000,
    dispatcher: { timeoutMs: c.XINREN_WEBHOOK_TIMEOUT_MS },
  });
  registerDomains(platform, { sharedDatabase: c.DATABASE_URL !== undefined });
  return { platform, handle };
}

/**
 * Runs a data-changing CLI operation: inside the running server when it holds the embedded
 * database, else directly against the database.
 */
export async function runOperation(c: Config, name: CliOperation, args: unknown): Promise<any> {
  const lock = c.DATABASE_URL ? null : readDataDirLock(dataDir(c));
  if (lock) {
    const res = await fetch(new URL('/internal/cli', lock.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [BRIDGE_TOKEN_HEADER]: lock.token },
      body: JSON.stringify({ operation: name, args }),
    }).catch((err: Error) => {
      throw new CliError(
        `the server holding ${dataDir(c)} (pid ${lock.pid}) did not answer at ${lock.url}: ${err.message}`,
      );
    });
    const body = (await res.json().catch(() => ({}))) as {
      result?: unknown;
      error?: { code: string; message: string };
    };
    if (!res.ok) throw new CliError(`${body.error?.code ?? res.status}: ${body.error?.message ?? 'request failed'}`);
    return body.result;
  }
  const log = createLogger({ ...c, XINREN_LOG_LEVEL: 'warn' }, 'xinren-cli');
  const { platform, handle } = await openPlatform(c, log);
  try {
    return await runCliOperation(platform, name, args);
  } finally {
    await handle.close();
  }
}
