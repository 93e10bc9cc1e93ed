import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreatePointFirings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_point_firings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('track', 'text', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('decision_id', 'text', (c) => c.notNull().references('gov_decisions.id'))
      .addColumn('fired_at', 'timestamptz', (c) => c.notNull())
      .addColumn('reversed', 'boolean', (c) => c.notNull())
      .addColumn('reversed_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('gov_point_firings_subject_idx')
      .on('gov_point_firings')
      .columns(['subject_kind', 'subject_id', 'track'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_point_firings').execute();
  },
};
