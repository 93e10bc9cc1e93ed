import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const jobsCreateJobs: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('job_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'jsonb', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('run_at', 'timestamptz', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'timestamptz')
      .addColumn('unique_key', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('job_jobs_due_idx').on('job_jobs').columns(['status', 'run_at']).execute();
    await sql`create unique index job_jobs_unique_key_idx on job_jobs (unique_key) where unique_key is not null and status in ('pending', 'running')`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('job_jobs').execute();
  },
};
