import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const screeningCreatePolicies: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scr_policies')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('status_changed_at', 'timestamptz', (c) => c.notNull())
      .addColumn('status_changed_by', 'text', (c) => c.notNull())
      .addCheckConstraint('scr_policies_status_check', sql`status in ('draft', 'shadow', 'active', 'retired')`)
      .execute();
    // The database itself keeps "at most one active, at most one shadow", whatever races the
    // services lose.
    await sql`create unique index scr_policies_one_active on scr_policies (status) where status = 'active'`.execute(db);
    await sql`create unique index scr_policies_one_shadow on scr_policies (status) where status = 'shadow'`.execute(db);

    await db.schema
      .createTable('scr_shadow_disagreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('shadow_version', 'integer', (c) => c.notNull())
      .addColumn('active_version', 'integer', (c) => c.notNull())
      .addColumn('content_kind', 'text', (c) => c.notNull())
      .addColumn('content_id', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('event_source', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('active_outcome', 'text', (c) => c.notNull())
      .addColumn('shadow_outcome', 'text', (c) => c.notNull())
      .addColumn('findings', 'jsonb', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('scr_shadow_disagreements_version_idx')
      .on('scr_shadow_disagreements')
      .columns(['shadow_version', 'id'])
      .execute();

    // Live-session screening state shared by processes (LiveSessionOptions.shared).
    await db.schema
      .createTable('scr_live_sessions')
      .addColumn('session_id', 'text', (c) => c.primaryKey())
      .addColumn('tail', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('shadow_score', 'double precision', (c) => c.notNull())
      .addColumn('last_seq', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addColumn('stopped', 'boolean', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('scr_live_sessions_updated_idx').on('scr_live_sessions').column('updated_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('scr_live_sessions').execute();
    await db.schema.dropTable('scr_shadow_disagreements').execute();
    await db.schema.dropTable('scr_policies').execute();
  },
};
