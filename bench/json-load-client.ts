import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  type ClosedLoad,
  type ClosedResult,
  type FromJsonClient,
  type JsonTarget,
  type OpenLoad,
  type OpenResult,
  percentiles,
  type ToJsonClient,
} from './json-load.js';

// The child process side of json-load.ts: makes the requests and times them.

function send(msg: FromJsonClient): void {
  process.send?.(msg);
}

function post(agent: Agent, target: JsonTarget, url: URL, body: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      'content-type': target.contentType,
      'content-length': body.length,
    };
    if (target.authorization) headers.authorization = target.authorization;
    const req = request(
      { agent, method: 'POST', hostname: url.hostname, port: url.port, path: url.pathname, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            const text = Buffer.concat(chunks).toString('utf8');
            return reject(new Error(`HTTP ${status} from ${url.pathname}: ${text.slice(0, 500)}`));
          }
          if (target.expectIncludes !== undefined) {
            const text = Buffer.concat(chunks).toString('utf8');
            if (!text.includes(target.expectIncludes)) {
              return reject(new Error(`unexpected answer from ${url.pathname}: ${text.slice(0, 500)}`));
            }
          }
          resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function runClosed(target: JsonTarget, load: ClosedLoad): Promise<ClosedResult> {
  const url = new URL(target.path, target.origin);
  const bodies = load.bodies.map((b) => Buffer.from(b));
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  const latencies: number[] = [];
  let next = 0;
  let failure: unknown = null;
  const start = performance.now();
  const deadline = start + load.durationMs;
  const lane = async () => {
    while (failure === null && performance.now() < deadline) {
      const body = bodies[next++ % bodies.length];
      const t0 = performance.now();
      try {
        await post(agent, target, url, body);
        latencies.push(performance.now() - t0);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: load.concurrency }, lane));
  } finally {
    agent.destroy();
  }
  if (failure !== null) throw failure;
  const elapsedMs = performance.now() - start;
  return {
    requests: latencies.length,
    elapsedMs: Math.round(elapsedMs),
    requestsPerSec: Math.round((latencies.length * 1_000) / elapsedMs),
    latencyMs: percentiles(latencies),
  };
}

async function runOpen(target: JsonTarget, load: OpenLoad): Promise<OpenResult> {
  const url = new URL(target.path, target.origin);
  const bodies = load.bodies.map((b) => Buffer.from(b));
  const agent = new Agent({ keepAlive: true, maxSockets: load.maxSockets });
  const latencies = new Array<number>(bodies.length).fill(Number.NaN);
  const intervalMs = 1_000 / load.ratePerSec;
  let next = 0;
  let done = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let maxSendLagMs = 0;
  let failure: unknown = null;
  const start = performance.now();
  try {
    await new Promise<void>((resolve) => {
      const finishOne = () => {
        inFlight--;
        if (++done === bodies.length || (failure !== null && inFlight === 0)) resolve();
      };
      // Per order key, the bodies due but waiting for the answer to the key's previous one.
      const waiting = new Map<string, number[]>();
      const busy = new Set<string>();
      const start1 = (i: number) => {
        const key = load.orderKeys?.[i];
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const due = start + i * intervalMs;
        post(agent, target, url, bodies[i]).then(
          () => {
            latencies[i] = performance.now() - due;
            afterOne(key);
          },
          (err: unknown) => {
            failure ??= err;
            afterOne(key);
          },
        );
      };
      const afterOne = (key: string | undefined) => {
        if (key !== undefined) {
          const queue = waiting.get(key);
          const following = queue?.shift();
          if (following !== undefined && failure === null) start1(following);
          else busy.delete(key);
        }
        finishOne();
      };
      const tick = () => {
        const now = performance.now();
        while (failure === null && next < bodies.length && start + next * intervalMs <= now) {
          const i = next++;
          maxSendLagMs = Math.max(maxSendLagMs, now - (start + i * intervalMs));
          const key = load.orderKeys?.[i];
          if (key !== undefined && busy.has(key)) {
            const queue = waiting.get(key) ?? [];
            queue.push(i);
            waiting.set(key, queue);
            continue;
          }
          if (key !== undefined) busy.add(key);
          start1(i);
        }
        if (failure === null && next < bodies.length) {
          setTimeout(tick, Math.max(0, start + next * intervalMs - performance.now()));
        }
      };
      tick();
    });
  } finally {
    agent.destroy();
  }
  if (failure !== null) throw failure;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: bodies.length,
    elapsedMs: Math.round(performance.now() - start),
    latencyMs: latencies.map(round),
    maxSendLagMs: round(maxSendLagMs),
    maxInFlight,
  };
}

process.on('message', (msg: ToJsonClient) => {
  if (msg.type === 'exit') process.exit(0);
  if (msg.type !== 'run') return;
  const running = msg.load.mode === 'closed' ? runClosed(msg.target, msg.load) : runOpen(msg.target, msg.load);
  running.then(
    (result) => send({ type: 'done', runId: msg.runId, result }),
    (err: unknown) => send({ type: 'failed', runId: msg.runId, message: (err as Error).message }),
  );
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
