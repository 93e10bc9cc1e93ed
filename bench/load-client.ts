import { Agent, request } from 'node:http';
import { type BatchOutcome, runClosedLoop } from './closed-loop.js';
import type { FromLoadClient, HttpTarget, LoadPhase, ToLoadClient } from './load-protocol.js';
import { orderPaidBatch } from './order-paid-batches.js';

// The HTTP load client (a child process of the bench, see load-client-process.ts): keep-alive
// connections, one batch per request, `concurrency` requests in flight.

const CONTENT_TYPE = 'application/cloudevents-batch+json';

function send(msg: FromLoadClient): void {
  process.send?.(msg);
}

interface IntakeAnswer {
  accepted: number;
  duplicates: number[];
  rejected: unknown[];
}

function postBatch(agent: Agent, target: HttpTarget, body: Buffer, expected: number): Promise<BatchOutcome> {
  const url = new URL(target.path, target.origin);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': CONTENT_TYPE, 'content-length': body.length };
    if (target.authorization) headers.authorization = target.authorization;
    const req = request(
      { agent, method: 'POST', hostname: url.hostname, port: url.port, path: url.pathname, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
          try {
            const answer = JSON.parse(text) as IntakeAnswer;
            const dups = answer.duplicates.length;
            if (answer.rejected.length > 0 || answer.accepted + dups !== expected) {
              return reject(new Error(`unexpected intake answer: ${text.slice(0, 500)}`));
            }
            resolve({ accepted: answer.accepted, duplicates: dups });
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(runId: number, target: HttpTarget, phase: LoadPhase): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: phase.concurrency });
  try {
    const stats = await runClosedLoop({
      concurrency: phase.concurrency,
      durationMs: phase.durationMs,
      eventsPerBatch: phase.batchSize,
      send: (seq) =>
        postBatch(
          agent,
          target,
          Buffer.from(JSON.stringify(orderPaidBatch(phase.tag, seq, phase.batchSize))),
          phase.batchSize,
        ),
      onProgress: (progress) => send({ type: 'progress', runId, progress }),
    });
    send({ type: 'done', runId, stats });
  } catch (err) {
    send({ type: 'failed', runId, message: (err as Error).message });
  } finally {
    agent.destroy();
  }
}

process.on('message', (msg: ToLoadClient) => {
  if (msg.type === 'exit') process.exit(0);
  if (msg.type === 'run') void run(msg.runId, msg.target, msg.phase);
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
