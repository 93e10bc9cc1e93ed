import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import { workBell } from '../work-bell.js';
import { WEBHOOK_TYPES, type WebhookData, type WebhookType } from './webhook-types.js';

export interface PublishOptions {
  /** Send only to this endpoint (a test message, say) instead of every subscriber. */
  endpointId?: string;
}

/**
 * Writes a webhook message and one delivery per subscribed active endpoint, in the caller's
 * transaction: the message exists if and only if the change that caused it commits. The worker
 * delivers it afterwards; the work bell tells an idle worker of this process to look now.
 */
export async function publishWebhook<T extends WebhookType>(
  trx: Db,
  clock: Clock,
  type: T,
  data: WebhookData<T>,
  options: PublishOptions = {},
): Promise<string> {
  const parsed = WEBHOOK_TYPES[type].parse(data);
  const id = newId('msg');
  const now = clock.now();
  const body = { type, timestamp: now.toISOString(), data: parsed };
  let endpoints = trx
    .selectFrom('whEndpoints')
    .select([
      sql<string>`'dlv_' || replace(gen_random_uuid()::text, '-', '')`.as('id'),
      sql<string>`${id}`.as('messageId'),
      'id as endpointId',
      sql<string>`'pending'`.as('status'),
      sql<Date>`${now}::timestamptz`.as('nextAttemptAt'),
      sql<Date>`${now}::timestamptz`.as('createdAt'),
    ])
    .where('status', '=', 'active');
  // A message addressed to one endpoint (a test) goes there whatever it subscribed to.
  endpoints = options.endpointId
    ? endpoints.where('id', '=', options.endpointId)
    : endpoints.where((eb) =>
        eb.or([sql<boolean>`event_types @> array[${type}]::text[]`, sql<boolean>`event_types @> array['*']::text[]`]),
      );
  // The message and its deliveries in one statement: a stream stop's intake waits for one round trip.
  await trx
    .with('message', (db) =>
      db.insertInto('outboxMessages').values({ id, type, payload: JSON.stringify(body), createdAt: now }),
    )
    .insertInto('whDeliveries')
    .columns(['id', 'messageId', 'endpointId', 'status', 'nextAttemptAt', 'createdAt'])
    .expression(endpoints)
    .execute();
  workBell.written(trx);
  return id;
}
