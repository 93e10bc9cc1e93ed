import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Quality pre-review submissions, the sanctions emergency cases propose, and the qc queue their cases wait in (seeded here, as the other
// queues are by their migration, so the queue always exists).
export const governanceCreateLiveControl: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('gov_qc_submissions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('host_id', 'text', (c) => c.notNull())
      .addColumn('listing_id', 'text', (c) => c.notNull())
      .addColumn('product_name', 'text')
      .addColumn('session_id', 'text')
      .addColumn('inspection_reports', 'jsonb', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.references('gov_cases.id'))
      .addColumn('submitted_by', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'timestamptz')
      .addColumn('reason', 'text')
      .addColumn('valid_until', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('gov_qc_submissions_host_listing')
      .on('gov_qc_submissions')
      .columns(['host_id', 'listing_id', 'state'])
      .execute();
    await db.schema
      .createTable('gov_sanction_proposals')
      .addColumn('case_id', 'text', (c) => c.primaryKey().references('gov_cases.id'))
      .addColumn('proposal', 'jsonb', (c) => c.notNull())
      .addColumn('proposed_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db
      .insertInto('gov_queues')
      .values({
        name: 'qc',
        description: 'Quality pre-review (品控事前审核) of products a high-risk host wants to sell live',
        created_at: new Date(),
      })
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.deleteFrom('gov_queues').where('name', '=', 'qc').execute();
    await db.schema.dropTable('gov_sanction_proposals').execute();
    await db.schema.dropTable('gov_qc_submissions').execute();
  },
};
