import { forkReadyClient } from './fork-client.js';

// A load client for JSON routes that are not event intake (POST /v1/screen, one live.segment per
// request): it runs in a child process (json-load-client.ts) so that making requests takes no CPU
// from the server's event loop, and it keeps one keep-alive connection per request in flight.
// Two shapes of load:
//   closed: `concurrency` requests in flight for `durationMs`, bodies taken round robin;
//   open:   every body sent once, at `ratePerSec`, whatever the answers (no coordinated omission:
//           a request's latency counts from when it was due, not from when a socket was free).

export interface JsonTarget {
  /** http://127.0.0.1:port */
  origin: string;
  path: string;
  authorization?: string;
  contentType: string;
  /** A 2xx answer must contain this text (a cheap check that the route really did the work). */
  expectIncludes?: string;
}

export interface ClosedLoad {
  mode: 'closed';
  bodies: string[];
  concurrency: number;
  durationMs: number;
}

export interface OpenLoad {
  mode: 'open';
  /** Sent in this order, each once. */
  bodies: string[];
  ratePerSec: number;
  /** Sockets the client may open; requests beyond wait for one (and the wait counts). */
  maxSockets: number;
  /**
   * Per body, a key (a live session, say): a body is sent only after the previous body of its
   * key was answered, as one producer per key would, so bodies of a key arrive in order.
   */
  orderKeys?: string[];
}

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface ClosedResult {
  requests: number;
  elapsedMs: number;
  requestsPerSec: number;
  latencyMs: Latencies;
}

export interface OpenResult {
  requests: number;
  elapsedMs: number;
  /** Per body, in order: from when it was due to the whole answer, ms. */
  latencyMs: number[];
  /** How late the client itself was in sending (timer granularity, its own CPU), worst case, ms. */
  maxSendLagMs: number;
  maxInFlight: number;
}

export type JsonLoad = ClosedLoad | OpenLoad;

export type ToJsonClient = { type: 'run'; runId: number; target: JsonTarget; load: JsonLoad } | { type: 'exit' };
export type FromJsonClient =
  | { type: 'ready' }
  | { type: 'done'; runId: number; result: ClosedResult | OpenResult }
  | { type: 'failed'; runId: number; message: string };

export interface JsonLoadClient {
  closed(target: JsonTarget, load: Omit<ClosedLoad, 'mode'>): Promise<ClosedResult>;
  open(target: JsonTarget, load: Omit<OpenLoad, 'mode'>): Promise<OpenResult>;
  close(): Promise<void>;
}

export function percentiles(values: readonly number[]): Latencies {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : 0),
  };
}

export async function startJsonLoadClient(): Promise<JsonLoadClient> {
  const child = await forkReadyClient(new URL('./json-load-client.ts', import.meta.url));

  let nextRunId = 1;
  const run = <R>(target: JsonTarget, load: JsonLoad) => {
    const runId = nextRunId++;
    return new Promise<R>((resolve, reject) => {
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`the load client exited during a run (code ${code})`));
      };
      const onMessage = (msg: FromJsonClient) => {
        if (msg.type === 'ready' || msg.runId !== runId) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (msg.type === 'done') resolve(msg.result as R);
        else reject(new Error(`load client: ${msg.message}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ type: 'run', runId, target, load } satisfies ToJsonClient);
    });
  };
  return {
    closed: (target, load) => run<ClosedResult>(target, { mode: 'closed', ...load }),
    open: (target, load) => run<OpenResult>(target, { mode: 'open', ...load }),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'exit' } satisfies ToJsonClient);
      await exited;
    },
  };
}
