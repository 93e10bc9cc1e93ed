import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateAccountStanding: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_account_standing')
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('banned', 'boolean', (c) => c.notNull())
      .addColumn('banned_at', 'timestamptz')
      .addColumn('ban_reason', 'text')
      .addColumn('banned_by', 'text')
      .addColumn('suspended_until', 'timestamptz')
      .addColumn('suspension_reason', 'text')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .addPrimaryKeyConstraint('gov_account_standing_pk', ['subject_kind', 'subject_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_account_standing').execute();
  },
};
