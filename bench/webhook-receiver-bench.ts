import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';

// A webhook endpoint for benches: a plain node:http server on loopback that checks each message's
// Standard Webhooks signature with the `standardwebhooks` package, as a receiver in production
// would, and notes when each verified message arrived (performance.now() of its own process: the
// bench compares it with times taken in the same process). It answers 204 at once: how fast Xinren
// gets a message out is measured, not what a receiver does with it.

export interface VerifiedMessage {
  webhookId: string;
  type: string;
  data: Record<string, unknown>;
  /** performance.now() when the whole body had arrived and its signature checked out. */
  at: number;
}

export interface ReceiverCounts {
  /** Verified messages, repeats of a webhook-id included. */
  verified: number;
  badSignature: number;
  /** Verified messages whose webhook-id had been received before (a redelivery). */
  repeatedIds: number;
  /** Answered 503 because no secret was set yet. */
  beforeSecret: number;
}

export interface BenchWebhookReceiver {
  port: number;
  setSecret(secret: string): void;
  counts(): ReceiverCounts;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : '';
};

export async function startBenchWebhookReceiver(
  path: string,
  onVerified: (m: VerifiedMessage) => void,
): Promise<BenchWebhookReceiver> {
  let webhook: Webhook | null = null;
  const seen = new Set<string>();
  const counts: ReceiverCounts = { verified: 0, badSignature: 0, repeatedIds: 0, beforeSecret: 0 };
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    readBody(req).then(
      (body) => {
        if (!webhook) {
          counts.beforeSecret++;
          res.writeHead(503).end();
          return;
        }
        const id = header(req, 'webhook-id');
        let message: { type: string; data: Record<string, unknown> };
        try {
          message = webhook.verify(body, {
            'webhook-id': id,
            'webhook-timestamp': header(req, 'webhook-timestamp'),
            'webhook-signature': header(req, 'webhook-signature'),
          }) as typeof message;
        } catch {
          counts.badSignature++;
          res.writeHead(401).end();
          return;
        }
        const at = performance.now();
        counts.verified++;
        if (seen.has(id)) counts.repeatedIds++;
        seen.add(id);
        res.writeHead(204).end();
        onVerified({ webhookId: id, type: message.type, data: message.data, at });
      },
      () => res.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    setSecret(secret) {
      webhook = new Webhook(secret);
    },
    counts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
