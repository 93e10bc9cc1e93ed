import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateTrustedFlaggers: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_trusted_flaggers')
      .addColumn('reporter_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('active', 'boolean', (c) => c.notNull())
      .addColumn('granted_by', 'text', (c) => c.notNull())
      .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
      .addColumn('revoked_by', 'text')
      .addColumn('revoked_at', 'timestamptz')
      .addColumn('revoke_reason', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_trusted_flaggers').execute();
  },
};
