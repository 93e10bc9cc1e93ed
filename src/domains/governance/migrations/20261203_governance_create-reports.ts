import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateReports: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('filed_by', 'text', (c) => c.notNull())
      .addColumn('reporter_id', 'text')
      .addColumn('reporter_contact', 'text')
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('subject_kind', 'text')
      .addColumn('subject_id', 'text')
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('explanation', 'text', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('good_faith', 'boolean', (c) => c.notNull())
      .addColumn('trusted_flagger', 'text')
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text')
      .addColumn('merged_into', 'text', (c) => c.references('gov_reports.id'))
      .addColumn('duplicate_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('duplicate_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('case_id', 'text', (c) => c.references('gov_cases.id'))
      .addColumn('outcome', 'text')
      .addColumn('decided_at', 'timestamptz')
      .addColumn('received_at', 'timestamptz', (c) => c.notNull())
      .execute();
    // The duplicate check: the first report of a key within the window.
    await sql`create index gov_reports_dedupe_idx on gov_reports (dedupe_key, received_at)
      where merged_into is null and dedupe_key is not null`.execute(db);
    await db.schema.createIndex('gov_reports_received_idx').on('gov_reports').columns(['received_at', 'id']).execute();
    await db.schema.createIndex('gov_reports_case_idx').on('gov_reports').column('case_id').execute();
    await db.schema
      .createIndex('gov_reports_target_idx')
      .on('gov_reports')
      .columns(['target_kind', 'target_id'])
      .execute();
    await sql`create index gov_reports_flagger_idx on gov_reports (trusted_flagger)
      where trusted_flagger is not null`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_reports').execute();
  },
};
