import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const outboxCreateWebhooks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('wh_endpoints')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('event_types', sql`text[]`, (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('disabled_reason', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('outbox_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('wh_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('message_id', 'text', (c) => c.notNull().references('outbox_messages.id'))
      .addColumn('endpoint_id', 'text', (c) => c.notNull().references('wh_endpoints.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'timestamptz')
      .addColumn('locked_until', 'timestamptz')
      .addColumn('last_status_code', 'integer')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('delivered_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('wh_deliveries_due_idx')
      .on('wh_deliveries')
      .columns(['status', 'next_attempt_at'])
      .execute();
    await db.schema.createIndex('wh_deliveries_created_idx').on('wh_deliveries').column('created_at').execute();
    await db.schema
      .createTable('wh_attempts')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('delivery_id', 'text', (c) => c.notNull().references('wh_deliveries.id').onDelete('cascade'))
      .addColumn('attempted_at', 'timestamptz', (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('duration_ms', 'integer', (c) => c.notNull())
      .addColumn('error', 'text')
      .execute();
    await db.schema.createIndex('wh_attempts_delivery_idx').on('wh_attempts').column('delivery_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('wh_attempts').execute();
    await db.schema.dropTable('wh_deliveries').execute();
    await db.schema.dropTable('outbox_messages').execute();
    await db.schema.dropTable('wh_endpoints').execute();
  },
};
