import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreatePointEntries: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_point_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('decision_id', 'text', (c) => c.notNull().unique().references('gov_decisions.id'))
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('violation_type', 'text', (c) => c.notNull())
      .addColumn('track', 'text', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .addColumn('reversed', 'boolean', (c) => c.notNull())
      .addColumn('reversed_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('gov_point_entries_subject_idx')
      .on('gov_point_entries')
      .columns(['subject_kind', 'subject_id', 'decided_at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_point_entries').execute();
  },
};
