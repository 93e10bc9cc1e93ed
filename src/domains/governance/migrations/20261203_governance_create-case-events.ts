import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateCaseEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_case_events')
      .addColumn('seq', 'bigserial', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('case_id', 'text', (c) => c.notNull().references('gov_cases.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text')
      .addColumn('data', 'jsonb', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('gov_case_events_case_idx').on('gov_case_events').columns(['case_id', 'seq']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_case_events').execute();
  },
};
