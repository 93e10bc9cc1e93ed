import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { removeDataDirLock, writeDataDirLock } from '../platform/db/data-dir-lock.js';
import type { Platform } from '../platform/platform.js';
import { startWorkerLoop, type WorkerLoop } from '../platform/worker-loop.js';
import { bridgeRoutes } from './bridge.routes.js';
import { ensureInitialAdmin, printInitialAdmin } from './initial-admin.js';
import { createLogger, dataDir, openPlatform } from './runtime.js';

export const CONSOLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'console', 'dist');

export interface RunningServer {
  url: string;
  platform: Platform;
  stop(): Promise<void>;
}

/** Starts the API and console (and, when asked, the worker) and returns once it is listening. */
export async function startServer(
  c: Config,
  options: { withWorker: boolean; quietAdmin?: boolean },
): Promise<RunningServer> {
  const log = createLogger(c, 'xinren');
  const { platform, handle } = await openPlatform(c, log);
  // Created before listening, so that a server that answers also has its admin.
  const admin = await ensureInitialAdmin(platform, c.XINREN_ADMIN_PASSWORD).catch(async (err) => {
    await handle.close();
    throw err;
  });
  let shuttingDown = false;
  const bridgeToken = randomBytes(24).toString('base64url');
  const app = await buildApp({
    platform,
    logger: log,
    consoleDir: CONSOLE_DIR,
    secureCookies: c.XINREN_SECURE_COOKIES,
    ...(c.XINREN_IDENTITY_SECRET ? { identitySecret: c.XINREN_IDENTITY_SECRET } : {}),
    isShuttingDown: () => shuttingDown,
    extraRoutes: handle.kind === 'pglite' ? bridgeRoutes(platform, bridgeToken) : undefined,
  });
  let address: string;
  try {
    address = await app.listen({ port: c.PORT, host: c.HOST });
  } catch (err) {
    await handle.close();
    throw err;
  }
  const url = c.XINREN_PUBLIC_URL ?? address.replace('://[::1]', '://localhost');
  if (handle.kind === 'pglite') writeDataDirLock(dataDir(c), { pid: process.pid, url: address, token: bridgeToken });
  const worker: WorkerLoop | null = options.withWorker ? startWorkerLoop(platform) : null;
  if (admin) printInitialAdmin(admin, `${url}/`);
  log.info({ url, database: handle.kind, worker: options.withWorker }, 'Xinren is listening');
  let stopped: Promise<void> | null = null;
  return {
    url,
    platform,
    stop() {
      stopped ??= (async () => {
        shuttingDown = true;
        await app.close();
        await worker?.stop();
        if (handle.kind === 'pglite') removeDataDirLock(dataDir(c));
        await handle.close();
      })();
      return stopped;
    },
  };
}

/** Stops cleanly on SIGINT/SIGTERM: no new requests, in-flight ones finish, the worker's batch ends. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let count = 0;
  const onSignal = (signal: string) => {
    if (++count > 1) process.exit(130);
    process.stderr.write(`\n${signal}: shutting down…\n`);
    stop().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`shutdown failed: ${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}
