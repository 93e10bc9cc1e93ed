import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { startServer } from './serve.js';

const SIMULATOR_MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'simulator', 'main.ts');

/** Xinren (API, console, worker) plus the marketplace simulator as a separate process. */
export async function startDemo(
  c: Config,
  options: { rate: number; seed: number },
): Promise<{ stop(): Promise<void> }> {
  const server = await startServer(c, { withWorker: true });
  const { key } = await server.platform.auth.createApiKey({
    name: `marketplace simulator (demo ${new Date().toISOString()})`,
    scopes: ['events:write', 'webhooks:write'],
    actor: 'demo',
  });
  // The simulated platform also runs its own administration: it registers its trusted flagger and
  // gives each merchant and host the key they appeal with.
  const admin = await server.platform.auth.createApiKey({
    name: `marketplace simulator administration (demo ${new Date().toISOString()})`,
    scopes: ['admin'],
    actor: 'demo',
  });
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      SIMULATOR_MAIN,
      ...['--url', server.url, '--rate', String(options.rate), '--seed', String(options.seed)],
      // A run name keeps event ids of a second demo on the same data from being duplicates.
      ...['--run', `r${Date.now().toString(36)}`],
    ],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, XINREN_API_KEY: key, XINREN_ADMIN_API_KEY: admin.key },
    },
  );
  process.stdout.write(
    `  Demo: the marketplace simulator (pid ${child.pid}) sends ${options.rate} events/s; open ${server.url}/\n`,
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await server.stop();
    },
  };
}
