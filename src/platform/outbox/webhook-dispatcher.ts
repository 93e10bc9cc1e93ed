import { CompiledQuery, type Updateable } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { WhDeliveriesTable } from './outbox.tables.js';
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
  nextAttemptAt: Date | string | null;
}

// The delivery loop claims after every ring and at every look: the statement is written once rather
// than built by the query builder each time. $1 the lease's end, $2 now, $3 the batch size.
const CLAIM_SQL = `update wh_deliveries as d set locked_until = $1
  from (
    select due.id from wh_deliveries as due
    inner join wh_endpoints as active on active.id = due.endpoint_id
    where due.status in ('pending', 'failing') and due.next_attempt_at <= $2
      and (due.locked_until is null or due.locked_until < $2) and active.status = 'active'
    order by due.next_attempt_at
    limit $3
    for update of due skip locked
  ) as claimed, wh_endpoints as e, outbox_messages as m
  where d.id = claimed.id and e.id = d.endpoint_id and m.id = d.message_id
  returning d.id, d.message_id, d.endpoint_id, d.attempts, d.next_attempt_at, e.url, e.secret, m.payload`;

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
  // and a worker that dies mid-send leaves the delivery to be retried when its lease runs out. One
  // statement (atomic on its own): a stream stop waits for one round trip here, not five.
  async #claim(): Promise<DueDelivery[]> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.#timeoutMs + 30_000);
    const { rows } = await this.db.executeQuery<DueDelivery>(
      CompiledQuery.raw(CLAIM_SQL, [leaseUntil.toISOString(), now.toISOString(), this.#batchSize]),
    );
    // UPDATE … RETURNING keeps no order: the longest-waiting go first.
    rows.sort((a, b) => new Date(a.nextAttemptAt ?? 0).getTime() - new Date(b.nextAttemptAt ?? 0).getTime());
    return rows;
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
    const base = { attempts, lockedUntil: null, lastStatusCode: outcome.statusCode, lastError: outcome.error };
    if (outcome.statusCode === 410) {
      // The receiver says the endpoint is gone: stop sending to it until someone re-enables it.
      await this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('whEndpoints')
          .set({ status: 'disabled', disabledReason: 'the receiver answered 410 Gone', updatedAt: now })
          .where('id', '=', d.endpointId)
          .execute();
        await this.#record(trx, d.id, now, outcome, { ...base, status: 'dead', nextAttemptAt: null });
      });
      this.log.warn({ endpointId: d.endpointId, url: d.url }, 'webhook endpoint disabled: 410 Gone');
      return;
    }
    if (outcome.error === null) {
      await this.#record(this.db, d.id, now, outcome, {
        ...base,
        status: 'succeeded',
        deliveredAt: now,
        nextAttemptAt: null,
      });
      return;
    }
    const delay = nextRetryDelay(this.#schedule, attempts);
    await this.#record(this.db, d.id, now, outcome, {
      ...base,
      status: delay === null ? 'dead' : 'failing',
      nextAttemptAt: delay === null ? null : new Date(now.getTime() + delay),
    });
  }

  /** The attempt and the delivery's new state, in one statement (atomic on its own). */
  async #record(
    db: Db,
    deliveryId: string,
    at: Date,
    outcome: AttemptOutcome,
    update: Updateable<WhDeliveriesTable>,
  ): Promise<void> {
    await db
      .with('attempt', (q) =>
        q.insertInto('whAttempts').values({
          deliveryId,
          attemptedAt: at,
          statusCode: outcome.statusCode,
          durationMs: outcome.durationMs,
          error: outcome.error,
        }),
      )
      .updateTable('whDeliveries')
      .set(update)
      .where('id', '=', deliveryId)
      .execute();
  }
}
