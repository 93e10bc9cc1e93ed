import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// A lexicon row points at its current version; each version is a full snapshot of the entries.
// Snapshots cost some space (the largest shipped lexicon is about 2 MB of JSON) but make reading
// any version, diffing two of them and compiling the current one a single-row read.
export const screeningCreateLexicons: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scr_lexicons')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('terms', 'allow')`))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('entry_count', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('scr_lexicon_versions')
      .addColumn('name', 'text', (c) => c.notNull().references('scr_lexicons.name').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('entries', 'jsonb', (c) => c.notNull())
      .addColumn('entry_count', 'integer', (c) => c.notNull())
      .addColumn('added', 'integer', (c) => c.notNull())
      .addColumn('removed', 'integer', (c) => c.notNull())
      .addColumn('changed', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('scr_lexicon_versions_pkey', ['name', 'version'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('scr_lexicon_versions').execute();
    await db.schema.dropTable('scr_lexicons').execute();
  },
};
