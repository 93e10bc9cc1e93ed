import { performance } from 'node:perf_hooks';

// A closed-loop load driver: `concurrency` lanes each send one batch, wait for its answer, send the
// next, until the time is up; the batches in flight then finish and are counted.

export interface BatchOutcome {
  accepted: number;
  duplicates: number;
}

export interface LoopProgress {
  elapsedMs: number;
  events: number;
}

export interface LoopStats {
  batches: number;
  events: number;
  accepted: number;
  duplicates: number;
  elapsedMs: number;
  eventsPerSec: number;
  /** Per batch, from sending to the whole answer. */
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

export interface LoopOptions {
  concurrency: number;
  durationMs: number;
  eventsPerBatch: number;
  send(seq: number): Promise<BatchOutcome>;
  onProgress?(p: LoopProgress): void;
  progressEveryMs?: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function runClosedLoop(opts: LoopOptions): Promise<LoopStats> {
  const latencies: number[] = [];
  let next = 0;
  let events = 0;
  let accepted = 0;
  let duplicates = 0;
  let failure: unknown = null;
  const start = performance.now();
  const deadline = start + opts.durationMs;
  const timer = opts.onProgress
    ? setInterval(
        () => opts.onProgress?.({ elapsedMs: performance.now() - start, events }),
        opts.progressEveryMs ?? 250,
      )
    : null;

  const lane = async () => {
    while (failure === null && performance.now() < deadline) {
      const seq = next++;
      const t0 = performance.now();
      try {
        const outcome = await opts.send(seq);
        latencies.push(performance.now() - t0);
        events += opts.eventsPerBatch;
        accepted += outcome.accepted;
        duplicates += outcome.duplicates;
      } catch (err) {
        failure ??= err;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.concurrency }, lane));
  } finally {
    if (timer) clearInterval(timer);
  }
  if (failure !== null) throw failure;
  const elapsedMs = performance.now() - start;
  const sorted = Float64Array.from(latencies).sort();
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    batches: latencies.length,
    events,
    accepted,
    duplicates,
    elapsedMs: round(elapsedMs),
    eventsPerSec: Math.round((events * 1_000) / elapsedMs),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.length ? sorted[sorted.length - 1] : 0),
    },
  };
}
