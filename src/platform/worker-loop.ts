import type { Logger } from 'pino';
import type { Platform } from './platform.js';
import { type WorkBell, workBell } from './work-bell.js';

export interface WorkerLoop {
  stop(): Promise<void>;
}

export interface WorkerLoopOptions {
  /** The sleep when there is no work and nothing was written lately. */
  idleMs?: number;
}

// After a ring before its commit the work becomes visible a few milliseconds later at most: the
// loop looks again after 1, 2, 4, … ms until the idle sleep is reached.
const FIRST_LOOK_AFTER_RING_MS = 1;

/** One kind of work, done round after round until stopped; a bell, if given, cuts a sleep short. */
function startRounds(
  name: string,
  round: () => Promise<number>,
  idleMs: number,
  log: Logger,
  bell?: WorkBell,
): WorkerLoop {
  let stopping = false;
  let wake: (() => void) | null = null;
  // The sleep after a round that found nothing: short right after a ring, doubling up to idleMs.
  let nextSleepMs = idleMs;
  // A ring during a round: its work may have committed after the round looked, so look again.
  let rungDuringRound = false;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  const unlisten = bell?.listen((ring) => {
    if (ring === 'before_commit') nextSleepMs = FIRST_LOOK_AFTER_RING_MS;
    rungDuringRound = true;
    (wake as (() => void) | null)?.();
  });
  const done = (async () => {
    while (!stopping) {
      try {
        rungDuringRound = false;
        wake = null;
        if ((await round()) === 0 && !rungDuringRound) {
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
      unlisten?.();
      (wake as (() => void) | null)?.();
      await done;
    },
  };
}

/**
 * Runs webhook delivery and durable jobs until stopped, each in its own loop so that a long job
 * never holds back a stream stop: straight on while there is work, a short sleep when there is
 * none. Deliveries written in this process (the work bell) wake the delivery loop at once; jobs
 * wait for the next look, so that many are taken in one round. Stopping waits for the batches in
 * hand to finish.
 */
export function startWorkerLoop(platform: Platform, options: WorkerLoopOptions = {}): WorkerLoop {
  const idleMs = options.idleMs ?? 200;
  const loops = [
    startRounds('webhook delivery', () => platform.dispatcher.runOnce(), idleMs, platform.log, workBell),
    startRounds('job runner', () => platform.jobs.runOnce(), idleMs, platform.log),
  ];
  return {
    async stop() {
      await Promise.all(loops.map((l) => l.stop()));
    },
  };
}
