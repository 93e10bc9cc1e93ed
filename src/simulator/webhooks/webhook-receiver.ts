import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import type { WebhookCounters } from '../stats.js';
import { SeenIds } from './seen-ids.js';
import { type ApplyOutcome, MalformedWebhookError } from './webhook-applier.js';

export const WEBHOOK_PATH = '/webhooks';
const MAX_BODY_BYTES = 1_048_576;

const MessageBody = z.object({ type: z.string().min(1), timestamp: z.string().optional(), data: z.unknown() });

export interface WebhookReceiverOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  counters: WebhookCounters;
  apply: (type: string, data: unknown) => ApplyOutcome;
  logger: Logger;
  /** Until a secret is set (after registration) every message is answered 503. */
  secret?: string;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The simulator's webhook endpoint: verifies Standard Webhooks signatures, drops messages it has
 * already applied (same webhook-id), and hands the rest to the applier.
 */
export class WebhookReceiver {
  readonly #server: Server;
  readonly #seen = new SeenIds();
  #webhook: Webhook | undefined;

  constructor(private readonly options: WebhookReceiverOptions) {
    if (options.secret) this.setSecret(options.secret);
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((err: unknown) => {
        options.logger.error({ err }, 'webhook handling failed');
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  }

  setSecret(secret: string): void {
    this.#webhook = new Webhook(secret);
  }

  listen(): Promise<{ port: number }> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.options.port, this.options.host, () => {
        this.#server.off('error', reject);
        resolve({ port: (this.#server.address() as AddressInfo).port });
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path !== WEBHOOK_PATH) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const { counters, logger } = this.options;
    let body: string;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        res.writeHead(413, { connection: 'close' }).end();
        return;
      }
      throw err;
    }
    counters.received++;
    if (!this.#webhook) {
      res.writeHead(503, { 'retry-after': '1' }).end();
      return;
    }
    const id = header(req, 'webhook-id');
    try {
      this.#webhook.verify(
        body,
        {
          'webhook-id': id,
          'webhook-timestamp': header(req, 'webhook-timestamp'),
          'webhook-signature': header(req, 'webhook-signature'),
        },
        { jsonParse: false },
      );
    } catch (err) {
      counters.badSignature++;
      logger.warn({ webhookId: id, reason: (err as Error).message }, 'webhook with a bad signature refused');
      res.writeHead(401).end();
      return;
    }
    counters.verified++;
    if (this.#seen.has(id)) {
      counters.duplicates++;
      res.writeHead(204).end();
      return;
    }
    let message: z.infer<typeof MessageBody>;
    try {
      message = MessageBody.parse(JSON.parse(body));
    } catch {
      counters.malformed++;
      res.writeHead(400).end();
      return;
    }
    try {
      this.options.apply(message.type, message.data);
    } catch (err) {
      if (!(err instanceof MalformedWebhookError)) throw err;
      counters.malformed++;
      logger.warn({ webhookId: id, type: message.type, reason: err.message }, 'webhook with invalid data refused');
      res.writeHead(400).end();
      return;
    }
    this.#seen.add(id);
    res.writeHead(204).end();
  }
}
