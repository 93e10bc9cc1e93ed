import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { JsonTarget } from './json-load.js';
import {
  type FromStopClient,
  RECEIVER_PATH,
  type StopRun,
  type StopRunResult,
  type ToStopClient,
} from './stop-webhook-protocol.js';
import { startBenchWebhookReceiver, type VerifiedMessage } from './webhook-receiver-bench.js';

// The child process of stop-webhook.bench.ts: it sends the live segments (open loop) and it is the
// webhook receiver, so that when a segment was due and when its stream's stop arrived are read
// on one clock, and neither the requests nor the receiving take CPU from Xinren's event loop.

const send = (msg: FromStopClient) => process.send?.(msg);

/** First arrival and count of stream.stop_requested, per stream, over the life of the process. */
const arrivals = new Map<string, { first: number; count: number }>();
let onStop: (() => void) | null = null;

function received(m: VerifiedMessage): void {
  if (m.type !== 'stream.stop_requested') return;
  const sessionId = String(m.data.sessionId);
  const seen = arrivals.get(sessionId);
  if (seen) seen.count++;
  else arrivals.set(sessionId, { first: m.at, count: 1 });
  onStop?.();
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
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) return reject(new Error(`HTTP ${status}: ${text.slice(0, 300)}`));
          if (target.expectIncludes !== undefined && !text.includes(target.expectIncludes)) {
            return reject(new Error(`unexpected answer: ${text.slice(0, 300)}`));
          }
          resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function sendAll(
  run: StopRun,
  start: number,
): Promise<{ intakeMs: number[]; maxSendLagMs: number; maxInFlight: number }> {
  const url = new URL(run.target.path, run.target.origin);
  const bodies = run.bodies.map((b) => Buffer.from(b));
  const agent = new Agent({ keepAlive: true, maxSockets: run.maxSockets });
  const intervalMs = 1_000 / run.ratePerSec;
  const dueOf = (i: number) => start + i * intervalMs;
  const intakeMs = new Array<number>(bodies.length).fill(Number.NaN);
  const waiting = new Map<string, number[]>();
  const busy = new Set<string>();
  let next = 0;
  let answered = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let maxSendLagMs = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const fire = (i: number) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        post(agent, run.target, url, bodies[i] as Buffer).then(() => {
          inFlight--;
          intakeMs[i] = performance.now() - dueOf(i);
          const stream = run.streamOf[i] as string;
          const following = waiting.get(stream)?.shift();
          if (following === undefined) busy.delete(stream);
          else fire(following);
          if (++answered === bodies.length) resolve();
        }, reject);
      };
      const tick = () => {
        const now = performance.now();
        while (next < bodies.length && dueOf(next) <= now) {
          const i = next++;
          maxSendLagMs = Math.max(maxSendLagMs, now - dueOf(i));
          const stream = run.streamOf[i] as string;
          if (busy.has(stream)) {
            waiting.set(stream, [...(waiting.get(stream) ?? []), i]);
            continue;
          }
          busy.add(stream);
          fire(i);
        }
        if (next < bodies.length) setTimeout(tick, Math.max(0, dueOf(next) - performance.now()));
      };
      tick();
    });
  } finally {
    agent.destroy();
  }
  return { intakeMs, maxSendLagMs, maxInFlight };
}

/** Resolves once every expected stop has arrived (and a little after, for repeats), or after settleMs. */
function settle(run: StopRun): Promise<void> {
  const missing = () => run.stops.some((s) => !arrivals.has(s.sessionId));
  return new Promise((resolve) => {
    const deadline = setTimeout(finish, run.settleMs);
    function finish() {
      clearTimeout(deadline);
      onStop = null;
      resolve();
    }
    const check = () => {
      if (missing()) return;
      onStop = null;
      clearTimeout(deadline);
      // A second message for a stream would come about as fast as the first.
      setTimeout(resolve, 500);
    };
    onStop = check;
    check();
  });
}

async function runStops(run: StopRun, receiver: Awaited<ReturnType<typeof startBenchWebhookReceiver>>) {
  receiver.setSecret(run.secret);
  const before = receiver.counts();
  const start = performance.now();
  const sent = await sendAll(run, start);
  await settle(run);
  const intervalMs = 1_000 / run.ratePerSec;
  const stops = run.stops.map((s) => {
    const a = arrivals.get(s.sessionId);
    return {
      ...s,
      intakeMs: sent.intakeMs[s.index] as number,
      webhookMs: a ? a.first - (start + s.index * intervalMs) : null,
    };
  });
  const stopsBySession: Record<string, number> = {};
  for (const stream of new Set(run.streamOf)) {
    const a = arrivals.get(stream);
    if (a) stopsBySession[stream] = a.count;
  }
  const after = receiver.counts();
  return {
    elapsedMs: Math.round(performance.now() - start),
    intakeMs: sent.intakeMs,
    stops,
    stopsBySession,
    verified: after.verified - before.verified,
    badSignature: after.badSignature - before.badSignature,
    repeatedIds: after.repeatedIds - before.repeatedIds,
    maxSendLagMs: Math.round(sent.maxSendLagMs * 100) / 100,
    maxInFlight: sent.maxInFlight,
  } satisfies StopRunResult;
}

const receiver = await startBenchWebhookReceiver(RECEIVER_PATH, received);
process.on('message', (msg: ToStopClient) => {
  if (msg.type === 'exit') {
    void receiver.close().then(() => process.exit(0));
    return;
  }
  if (msg.type === 'port') {
    send({ type: 'port', port: receiver.port });
    return;
  }
  runStops(msg.run, receiver).then(
    (result) => send({ type: 'done', runId: msg.runId, result }),
    (err: unknown) => send({ type: 'failed', runId: msg.runId, message: (err as Error).message }),
  );
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
