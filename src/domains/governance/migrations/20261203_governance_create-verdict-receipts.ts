import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Every screening verdict governance has taken in, so that a verdict told twice (a job run again
// after a crash) adds its evidence once.
export const governanceCreateVerdictReceipts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_verdict_receipts')
      .addColumn('verdict_id', 'text', (c) => c.primaryKey())
      .addColumn('received_at', 'timestamptz', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_verdict_receipts').execute();
  },
};
