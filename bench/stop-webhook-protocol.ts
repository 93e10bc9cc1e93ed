import type { JsonTarget } from './json-load.js';

// What stop-webhook.bench.ts and its child process (stop-webhook-client.ts) say to each other.

export const RECEIVER_PATH = '/stop-hook';

export interface StopRun {
  secret: string;
  target: JsonTarget;
  /** Sent in this order, each once, at ratePerSec; a body waits for the answer to the previous body of its stream. */
  bodies: string[];
  streamOf: string[];
  ratePerSec: number;
  maxSockets: number;
  /** The segments that must stop their stream: index into bodies, and the stream. */
  stops: { index: number; sessionId: string }[];
  /** How long to wait, once every segment is answered, for stops still to come. */
  settleMs: number;
}

export interface StopOutcome {
  index: number;
  sessionId: string;
  /** From when the segment was due to the intake answer, ms. */
  intakeMs: number;
  /** From when the segment was due to the first verified stream.stop_requested of its stream; null: none came. */
  webhookMs: number | null;
}

export interface StopRunResult {
  elapsedMs: number;
  /** Every segment: from when it was due to the intake answer, ms. */
  intakeMs: number[];
  stops: StopOutcome[];
  /** stream.stop_requested messages per stream of this run (a stream missing: none). */
  stopsBySession: Record<string, number>;
  verified: number;
  badSignature: number;
  repeatedIds: number;
  maxSendLagMs: number;
  maxInFlight: number;
}

export type ToStopClient = { type: 'port' } | { type: 'run'; runId: number; run: StopRun } | { type: 'exit' };
export type FromStopClient =
  | { type: 'ready' }
  | { type: 'port'; port: number }
  | { type: 'done'; runId: number; result: StopRunResult }
  | { type: 'failed'; runId: number; message: string };
