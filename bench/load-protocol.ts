import type { LoopProgress, LoopStats } from './closed-loop.js';

// Messages between the bench and its HTTP load client, which runs in a child process so that
// making requests does not take CPU from the server under test.

export interface HttpTarget {
  /** http://127.0.0.1:port */
  origin: string;
  path: string;
  authorization?: string;
}

export interface LoadPhase {
  /** Keeps the event ids of one phase apart from every other's. */
  tag: string;
  durationMs: number;
  concurrency: number;
  batchSize: number;
}

export type ToLoadClient = { type: 'run'; runId: number; target: HttpTarget; phase: LoadPhase } | { type: 'exit' };

export type FromLoadClient =
  | { type: 'ready' }
  | { type: 'progress'; runId: number; progress: LoopProgress }
  | { type: 'done'; runId: number; stats: LoopStats }
  | { type: 'failed'; runId: number; message: string };
