import type { Logger } from 'pino';
import type { Platform } from './platform.js';
import { workBell } from './work-bell.js';

export interface WorkerLoop {
  stop(): Promise<void>;
}

export interface WorkerLoopOptions {
  /** The sleep when there is no work and nothing was written lately. */
  idleMs?: number;
}

// After a ring the work becomes visible when its transaction commits, a few milliseconds later at
// most: a loop looks again after 1, 2, 4, … ms until the idle sleep is reached.
const FIRST_LOOK_AFTER_RING_MS = 1;

/** One kind of work, done round after round until stopped. */
function startRounds(name: string, round: () => Promise<number>, idleMs: number, log: Logger): WorkerLoop {
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
        if ((await round()) === 0) {
          const ms = nextSleepMs;
          nextSleepMs = Math.min(idleMs, nextSleepMs * 2);
          await sleep(ms);
        }
      } catch (err) {
        if (stopping) break;
        log.error({ err }, `${name} failed; retrying in 1 s`);
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

/**
 * Runs webhook delivery and durable jobs until stopped, each in its own loop so that a long job
 * never holds back a stream stop: straight on while there is work, a short sleep when there is
 * none. Work written in this process (the work bell) wakes them at once. Stopping waits for the
 * batches in hand to finish.
 */
export function startWorkerLoop(platform: Platform, options: WorkerLoopOptions = {}): WorkerLoop {
  const idleMs = options.idleMs ?? 200;
  const loops = [
    startRounds('webhook delivery', () => platform.dispatcher.runOnce(), idleMs, platform.log),
    startRounds('job runner', () => platform.jobs.runOnce(), idleMs, platform.log),
  ];
  return {
    async stop() {
      await Promise.all(loops.map((l) => l.stop()));
    },
  };
}
