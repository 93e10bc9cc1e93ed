import type { Config } from '../config.js';
import { startWorkerLoop } from '../platform/worker-loop.js';
import { createLogger, openPlatform } from './runtime.js';

/** Runs only the worker: webhook delivery, jobs and timers. */
export async function startWorker(c: Config): Promise<{ stop(): Promise<void> }> {
  const log = createLogger(c, 'xinren-worker');
  const { platform, handle } = await openPlatform(c, log);
  const loop = startWorkerLoop(platform);
  log.info({ database: handle.kind, workerId: platform.jobs.workerId }, 'Xinren worker started');
  return {
    async stop() {
      await loop.stop();
      await handle.close();
    },
  };
}
