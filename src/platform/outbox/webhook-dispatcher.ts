import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { DEFAULT_RETRY_SCHEDULE_MS, nextRetryDelay } from './retry-schedule.js';
import { signWebhook } from './signature.js';

export interface DispatcherOptions {
  retryScheduleMs?: readonly number[];
  timeoutMs?: number;
  batchSize?: number;
  concurrency?: number;
}

interface DueDelivery {
  id: string;
  messageId: string;
  endpointId: string;
  attempts: number;
  url: string;
  secret: string;
  payload: unknown;
}

interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Delivers due webhook deliveries: sign, POST, record the attempt, schedule a retry or give up. */
export class WebhookDispatcher {
  readonly #schedule: readonly number[];
  readonly #timeoutMs: number;
  readonly #batchSize: number;
  readonly #concurrency: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: DispatcherOptions = {},
  ) {
    this.#schedule = options.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#batchSize = options.batchSize ?? 50;
    this.#concurrency = options.concurrency ?? 16;
  }

  /** Delivers one batch of due deliveries; returns how many were attempted. */
  async runOnce(): Promise<number> {
    const due = await this.#claim();
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const d = due[next++];
        if (d) await this.#deliver(d);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, due.length) }, worker));
    return due.length;
  }

  // Claims with SKIP LOCKED and a lease, so several workers never send the same delivery at once,
  // and a worker that dies mid-send leaves the delivery to be retried when its lease runs out.
  async #claim(): Promise<DueDelivery[]> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.#timeoutMs + 30_000);
    return this.db.transaction().execute(async (trx) => {
      const ids = await trx
        .selectFrom('whDeliveries')
        .innerJoin('whEndpoints', 'whEndpoints.id', 'whDeliveries.endpointId')
        .select('whDeliveries.id')
        .where('whDeliveries.status', 'in', ['pending', 'failing'])
        .where('whDeliveries.nextAttemptAt', '<=', now)
        .where((eb) => eb.or([eb('whDeliveries.lockedUntil', 'is', null), eb('whDeliveries.lockedUntil', '<', now)]))
        .where('whEndpoints.status', '=', 'active')
        .orderBy('whDeliveries.nextAttemptAt')
        .limit(this.#batchSize)
        .forUpdate('whDeliveries')
        .skipLocked()
        .execute();
      if (ids.length === 0) return [];
      await trx
        .updateTable('whDeliveries')
        .set({ lockedUntil: leaseUntil })
        .where(
          'id',
          'in',
          ids.map((r) => r.id),
        )
        .execute();
      return trx
        .selectFrom('whDeliveries')
        .innerJoin('whEndpoints', 'whEndpoints.id', 'whDeliveries.endpointId')
        .innerJoin('outboxMessages', 'outboxMessages.id', 'whDeliveries.messageId')
        .select([
          'whDeliveries.id',
          'whDeliveries.messageId',
          'whDeliveries.endpointId',
          'whDeliveries.attempts',
          'whEndpoints.url',
          'whEndpoints.secret',
          'outboxMessages.payload',
        ])
        .where(
          'whDeliveries.id',
          'in',
          ids.map((r) => r.id),
        )
        .execute();
    });
  }

  async #send(d: DueDelivery): Promise<AttemptOutcome> {
    const body = JSON.stringify(d.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const started = performance.now();
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Xinren-Webhooks/1',
          'webhook-id': d.messageId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(d.secret, d.messageId, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      await res.body?.cancel().catch(() => {});
      const durationMs = Math.round(performance.now() - started);
      const ok = res.status >= 200 && res.status < 300;
      return { statusCode: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs };
    } catch (err) {
      const durationMs = Math.round(performance.now() - started);
      const e = err as Error & { cause?: { code?: string } };
      const reason = e.name === 'TimeoutError' ? `timed out after ${this.#timeoutMs} ms` : (e.cause?.code ?? e.message);
      return { statusCode: null, error: reason, durationMs };
    }
  }

  async #deliver(d: DueDelivery): Promise<void> {
    const outcome = await this.#send(d);
    const now = this.clock.now();
    const attempts = d.attempts + 1;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('whAttempts')
        .values({
          deliveryId: d.id,
          attemptedAt: now,
          statusCode: outcome.statusCode,
          durationMs: outcome.durationMs,
          error: outcome.error,
        })
        .execute();
      const base = { attempts, lockedUntil: null, lastStatusCode: outcome.statusCode, lastError: outcome.error };
      if (outcome.error === null) {
        await trx
          .updateTable('whDeliveries')
          .set({ ...base, status: 'succeeded', deliveredAt: now, nextAttemptAt: null })
          .where('id', '=', d.id)
          .execute();
        return;
      }
      if (outcome.statusCode === 410) {
        // The receiver says the endpoint is gone: stop sending to it until someone re-enables it.
        await trx
          .updateTable('whEndpoints')
          .set({ status: 'disabled', disabledReason: 'the receiver answered 410 Gone', updatedAt: now })
          .where('id', '=', d.endpointId)
          .execute();
        await trx
          .updateTable('whDeliveries')
          .set({ ...base, status: 'dead', nextAttemptAt: null })
          .where('id', '=', d.id)
          .execute();
        this.log.warn({ endpointId: d.endpointId, url: d.url }, 'webhook endpoint disabled: 410 Gone');
        return;
      }
      const delay = nextRetryDelay(this.#schedule, attempts);
      await trx
        .updateTable('whDeliveries')
        .set({
          ...base,
          status: delay === null ? 'dead' : 'failing',
          nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay),
        })
        .where('id', '=', d.id)
        .execute();
    });
  }
}
