import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import type { DeliveryStatus } from './outbox.tables.js';
import { publishWebhook } from './publish.js';
import { newWebhookSecret } from './signature.js';
import { isWebhookType, WEBHOOK_TYPES } from './webhook-types.js';
import { WebhooksError, WebhooksErrorCode } from './webhooks.errors.js';

export interface EndpointDto {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  status: 'active' | 'disabled';
  disabledReason: string | null;
  createdAt: Date;
}

function toEndpoint(r: EndpointDto): EndpointDto {
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    eventTypes: r.eventTypes,
    status: r.status,
    disabledReason: r.disabledReason,
    createdAt: r.createdAt,
  };
}

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new WebhooksError(WebhooksErrorCode.InvalidUrl, `not a URL: ${url}`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new WebhooksError(WebhooksErrorCode.InvalidUrl, 'a webhook URL must use http or https');
  }
}

function checkTypes(types: string[]): void {
  for (const t of types) {
    if (t !== '*' && !isWebhookType(t)) {
      throw new WebhooksError(
        WebhooksErrorCode.UnknownEventType,
        `unknown webhook type ${t}; see GET /v1/webhooks/types`,
      );
    }
  }
}

/** Webhook endpoints, deliveries and their attempts, as people manage them. */
export class WebhooksService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  types(): string[] {
    return Object.keys(WEBHOOK_TYPES);
  }

  async createEndpoint(input: { url: string; eventTypes: string[]; description?: string; actor: string }) {
    checkUrl(input.url);
    checkTypes(input.eventTypes);
    const secret = newWebhookSecret();
    const now = this.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('whEndpoints')
        .values({
          id: newId('whe'),
          url: input.url,
          description: input.description ?? '',
          eventTypes: input.eventTypes,
          secret,
          status: 'active',
          disabledReason: null,
          createdAt: now,
          updatedAt: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, this.clock, {
        actor: input.actor,
        action: 'webhook_endpoint.created',
        subject: row.id,
        after: { url: row.url, eventTypes: row.eventTypes },
      });
      return { endpoint: toEndpoint(row), secret };
    });
  }

  async listEndpoints(): Promise<EndpointDto[]> {
    const rows = await this.db.selectFrom('whEndpoints').selectAll().orderBy('createdAt').execute();
    return rows.map(toEndpoint);
  }

  async getEndpoint(id: string): Promise<EndpointDto> {
    const row = await this.db
      .selectFrom('whEndpoints')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow(
        () => new WebhooksError(WebhooksErrorCode.EndpointNotFound, `no webhook endpoint ${id}`),
      );
    return toEndpoint(row);
  }

  async updateEndpoint(
    id: string,
    patch: { url?: string; eventTypes?: string[]; description?: string; status?: 'active' | 'disabled' },
    actor: string,
  ): Promise<EndpointDto> {
    if (patch.url !== undefined) checkUrl(patch.url);
    if (patch.eventTypes !== undefined) checkTypes(patch.eventTypes);
    return this.db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('whEndpoints')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirstOrThrow(
          () => new WebhooksError(WebhooksErrorCode.EndpointNotFound, `no webhook endpoint ${id}`),
        );
      const row = await trx
        .updateTable('whEndpoints')
        .set({
          ...patch,
          ...(patch.status === 'active' ? { disabledReason: null } : {}),
          ...(patch.status === 'disabled' ? { disabledReason: `disabled by ${actor}` } : {}),
          updatedAt: this.clock.now(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await appendAudit(trx, this.clock, {
        actor,
        action: 'webhook_endpoint.updated',
        subject: id,
        before: { url: before.url, eventTypes: before.eventTypes, status: before.status },
        after: { url: row.url, eventTypes: row.eventTypes, status: row.status },
      });
      return toEndpoint(row);
    });
  }

  async deleteEndpoint(id: string, actor: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const gone = await trx.deleteFrom('whEndpoints').where('id', '=', id).returning(['url']).executeTakeFirst();
      if (!gone) throw new WebhooksError(WebhooksErrorCode.EndpointNotFound, `no webhook endpoint ${id}`);
      await appendAudit(trx, this.clock, {
        actor,
        action: 'webhook_endpoint.deleted',
        subject: id,
        before: { url: gone.url },
      });
    });
  }

  async sendTest(id: string): Promise<string> {
    await this.getEndpoint(id);
    return this.db
      .transaction()
      .execute((trx) =>
        publishWebhook(
          trx,
          this.clock,
          'webhook.test',
          { endpointId: id, message: 'Hello from Xinren' },
          { endpointId: id },
        ),
      );
  }

  #deliveries() {
    return this.db
      .selectFrom('whDeliveries')
      .innerJoin('whEndpoints', 'whEndpoints.id', 'whDeliveries.endpointId')
      .innerJoin('outboxMessages', 'outboxMessages.id', 'whDeliveries.messageId')
      .select([
        'whDeliveries.id',
        'whDeliveries.endpointId',
        'whEndpoints.url as endpointUrl',
        'whDeliveries.messageId',
        'outboxMessages.type as eventType',
        'whDeliveries.status',
        'whDeliveries.attempts',
        'whDeliveries.lastStatusCode',
        'whDeliveries.lastError',
        'whDeliveries.nextAttemptAt',
        'whDeliveries.createdAt',
        'whDeliveries.deliveredAt',
      ]);
  }

  async listDeliveries(filter: { status?: DeliveryStatus; endpointId?: string; limit: number }) {
    let q = this.#deliveries()
      .orderBy('whDeliveries.createdAt', 'desc')
      .orderBy('whDeliveries.id', 'desc')
      .limit(filter.limit);
    if (filter.status) q = q.where('whDeliveries.status', '=', filter.status);
    if (filter.endpointId) q = q.where('whDeliveries.endpointId', '=', filter.endpointId);
    return q.execute();
  }

  async getDelivery(id: string) {
    const delivery = await this.#deliveries()
      .where('whDeliveries.id', '=', id)
      .executeTakeFirstOrThrow(() => new WebhooksError(WebhooksErrorCode.DeliveryNotFound, `no delivery ${id}`));
    const attempts = await this.db
      .selectFrom('whAttempts')
      .select(['attemptedAt', 'statusCode', 'durationMs', 'error'])
      .where('deliveryId', '=', id)
      .orderBy('id')
      .execute();
    const message = await this.db
      .selectFrom('outboxMessages')
      .select('payload')
      .where('id', '=', delivery.messageId)
      .executeTakeFirstOrThrow();
    return { delivery, attempts, payload: message.payload };
  }

  /** Queues a delivery again at once, with a fresh retry schedule; its attempts stay on record. */
  async redeliver(id: string, actor: string) {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('whDeliveries')
        .set({ status: 'pending', attempts: 0, nextAttemptAt: this.clock.now(), lockedUntil: null })
        .where('id', '=', id)
        .returning(['id'])
        .executeTakeFirst();
      if (!row) throw new WebhooksError(WebhooksErrorCode.DeliveryNotFound, `no delivery ${id}`);
      await appendAudit(trx, this.clock, { actor, action: 'webhook_delivery.redelivered', subject: id });
    });
    return (await this.getDelivery(id)).delivery;
  }

  async stats(since: Date) {
    const counts = await this.db
      .selectFrom('whDeliveries')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const by = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
    const perMinute = await this.db
      .selectFrom('whAttempts')
      .select([
        sql<Date>`date_trunc('minute', attempted_at)`.as('minute'),
        sql<number>`count(*) filter (where error is null)::int`.as('succeeded'),
        sql<number>`count(*) filter (where error is not null)::int`.as('failed'),
      ])
      .where('attemptedAt', '>=', since)
      .groupBy(sql`1`)
      .execute();
    const endpoints = await this.db
      .selectFrom('whEndpoints')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const ep = Object.fromEntries(endpoints.map((c) => [c.status, Number(c.n)]));
    return {
      deliveries: {
        succeeded: by.succeeded ?? 0,
        failing: by.failing ?? 0,
        pending: by.pending ?? 0,
        dead: by.dead ?? 0,
      },
      perMinute,
      endpoints: { active: ep.active ?? 0, disabled: ep.disabled ?? 0 },
    };
  }
}
