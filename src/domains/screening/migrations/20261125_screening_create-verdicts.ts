import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const screeningCreateVerdicts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scr_verdicts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_kind', 'text', (c) => c.notNull())
      .addColumn('content_id', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('event_source', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('score', 'real', (c) => c.notNull())
      .addColumn('findings', 'jsonb', (c) => c.notNull())
      .addColumn('policy', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('scr_verdicts_kind_created_idx')
      .on('scr_verdicts')
      .columns(['content_kind', 'created_at'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('scr_verdicts').execute();
  },
};
