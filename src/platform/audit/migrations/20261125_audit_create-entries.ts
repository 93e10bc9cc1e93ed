import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const auditCreateEntries: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_entries')
      .addColumn('seq', 'bigserial', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('before', 'jsonb')
      .addColumn('after', 'jsonb')
      .addColumn('reason', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    // Append-only: the database itself refuses updates and deletes through ordinary statements.
    await sql`create function audit_entries_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_entries is append-only'; end $$`.execute(db);
    await sql`create trigger audit_entries_no_change before update or delete on audit_entries
      for each row execute function audit_entries_append_only()`.execute(db);
    await sql`create trigger audit_entries_no_truncate before truncate on audit_entries
      for each statement execute function audit_entries_append_only()`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('audit_entries').execute();
    await sql`drop function if exists audit_entries_append_only()`.execute(db);
  },
};
