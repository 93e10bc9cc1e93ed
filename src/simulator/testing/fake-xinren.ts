import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { AnyEnvelope } from '../ground-truth.js';

export interface ReceivedBatch {
  status: number;
  envelopes: AnyEnvelope[];
}

async function read(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Just enough of Xinren's API for the simulator's tests: event intake with duplicate detection,
 * webhook endpoint registration, and signed webhook delivery.
 */
export class FakeXinren {
  readonly apiKey = `xk_test_${randomBytes(8).toString('hex')}`;
  readonly secret = `whsec_${randomBytes(24).toString('base64')}`;
  readonly batches: ReceivedBatch[] = [];
  readonly accepted: AnyEnvelope[] = [];
  readonly registrations: unknown[] = [];
  readonly deletions: string[] = [];
  readonly contentTypes: string[] = [];
  /** Statuses to answer the next event POSTs with, before answering normally. */
  failNext: number[] = [];
  /** Statuses to answer the next event POSTs with after storing their events, as when an answer is lost. */
  failAfterStoring: number[] = [];
  /** Event ids to answer as rejected. */
  reject = new Set<string>();
  registrationStatus = 201;
  webhookUrl: string | undefined;
  readonly #seen = new Set<string>();
  readonly #server: Server;
  url = '';

  constructor() {
    this.#server = createServer((req, res) => {
      void (async () => {
        const body = await read(req);
        if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"unauthorized","message":"bad key"}');
          return;
        }
        if (req.method === 'POST' && req.url === '/v1/events') {
          this.contentTypes.push(String(req.headers['content-type']));
          const envelopes = JSON.parse(body) as AnyEnvelope[];
          const failed = this.failNext.shift();
          const lost = failed === undefined ? this.failAfterStoring.shift() : undefined;
          const status = failed ?? lost ?? 200;
          this.batches.push({ status, envelopes });
          if (failed !== undefined) {
            res.writeHead(failed).end();
            return;
          }
          const duplicates: number[] = [];
          const rejected: { index: number; code: string; message: string }[] = [];
          envelopes.forEach((e, index) => {
            if (this.reject.has(e.id)) rejected.push({ index, code: 'event_invalid', message: 'test rejection' });
            else if (this.#seen.has(e.id)) duplicates.push(index);
            else {
              this.#seen.add(e.id);
              this.accepted.push(e);
            }
          });
          if (lost !== undefined) {
            res.writeHead(lost).end();
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({ accepted: envelopes.length - duplicates.length - rejected.length, duplicates, rejected }),
          );
          return;
        }
        if (req.method === 'POST' && req.url === '/v1/webhooks/endpoints') {
          const registration = JSON.parse(body) as { url: string };
          this.registrations.push(registration);
          if (this.registrationStatus !== 201) {
            res.writeHead(this.registrationStatus).end();
            return;
          }
          this.webhookUrl = registration.url;
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ endpoint: { id: 'whe_1', url: registration.url }, secret: this.secret }));
          return;
        }
        if (req.method === 'DELETE' && req.url?.startsWith('/v1/webhooks/endpoints/')) {
          this.deletions.push(req.url.slice('/v1/webhooks/endpoints/'.length));
          res.writeHead(204).end();
          return;
        }
        res.writeHead(404).end();
      })();
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  /** Delivers a signed webhook to the registered endpoint; resolves to the HTTP status. */
  async sendWebhook(type: string, data: unknown, msgId = `msg_${randomBytes(6).toString('hex')}`): Promise<number> {
    if (!this.webhookUrl) throw new Error('no endpoint registered');
    const body = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
    const now = new Date();
    const res = await fetch(this.webhookUrl, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'webhook-id': msgId,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': new Webhook(this.secret).sign(msgId, now, body),
      },
    });
    return res.status;
  }
}

export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
