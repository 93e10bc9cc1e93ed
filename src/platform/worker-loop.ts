import type { Platform } from './platform.js';
import { workBell } from './work-bell.js';

export interface WorkerLoop {
  stop(): Promise<void>;
}

export interface WorkerLoopOptions {
  /** The sleep when there is no work and nothing was published lately. */
  idleMs?: number;
}

// After a ring the deliveries become visible when their transaction commits, a few milliseconds
// later at most: the loop looks again after 1, 2, 4, … ms until the idle sleep is reached.
const FIRST_LOOK_AFTER_RING_MS = 1;

/**
 * Runs webhook delivery and durable jobs until stopped: straight on while there is work, a short
 * sleep when there is none. Work written in this process (the work bell) wakes it at once.
 * Stopping waits for the batch in hand to finish.
 */
export function startWorkerLoop(platform: Platform, options: WorkerLoopOptions = {}): WorkerLoop {
  const idleMs = options.idleMs ?? 200;
  let stopping = false;
  let wake: (() => void) | null = null;
  // The sleep after a round that found nothing: short right after a ring, doubling up to idleMs.
  let nextSleepMs = idleMs;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const unlisten = workBell.listen(() => {
    nextSleepMs = FIRST_LOOK_AFTER_RING_MS;
    (wake as (() => void) | null)?.();
  });
  const done = (async () => {
    while (!stopping) {
      try {
        const [sent, ran] = await Promise.all([platform.dispatcher.runOnce(), platform.jobs.runOnce()]);
        if (sent + ran === 0) {
          const ms = nextSleepMs;
          nextSleepMs = Math.min(idleMs, nextSleepMs * 2);
          await sleep(ms);
        }
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
      unlisten();
      (wake as (() => void) | null)?.();
      await done;
    },
  };
}
