import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const eventsCreateEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('evt_events')
      .addColumn('seq', 'bigserial', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('time', 'timestamptz')
      .addColumn('subject', 'text')
      .addColumn('party_ids', sql`text[]`, (c) => c.notNull())
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('api_key_id', 'text')
      // CloudEvents: source + id identify an event; a repeat is a duplicate.
      .addUniqueConstraint('evt_events_source_id_key', ['source', 'id'])
      .execute();
    await db.schema.createIndex('evt_events_received_idx').on('evt_events').column('received_at').execute();
    await db.schema.createIndex('evt_events_type_idx').on('evt_events').columns(['type', 'seq']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('evt_events').execute();
  },
};
