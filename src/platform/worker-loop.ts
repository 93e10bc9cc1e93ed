import type { Platform } from './platform.js';

export interface WorkerLoop {
  stop(): Promise<void>;
}

/**
 * Runs webhook delivery and durable jobs until stopped: straight on while there is work, a short
 * sleep when there is none. Stopping waits for the batch in hand to finish.
 */
export function startWorkerLoop(platform: Platform, options: { idleMs?: number } = {}): WorkerLoop {
  const idleMs = options.idleMs ?? 200;
  let stopping = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const done = (async () => {
    while (!stopping) {
      try {
        const [sent, ran] = await Promise.all([platform.dispatcher.runOnce(), platform.jobs.runOnce()]);
        if (sent + ran === 0) await sleep(idleMs);
      } catch (err) {
        if (stopping) break;
        platform.log.error({ err }, 'worker loop failed; retrying in 1 s');
        await sleep(1_000);
      }
    }
  })();
  return {
    async stop() {
      stopping = true;
      (wake as (() => void) | null)?.();
      await done;
    },
  };
}
