import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateDecisions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_decisions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('gov_cases.id'))
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('violation_type', 'text')
      .addColumn('track', 'text')
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('pending_confirmation', 'in_effect', 'rejected', 'reversed')`),
      )
      .addColumn('actions', 'jsonb', (c) => c.notNull())
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('statement', 'text', (c) => c.notNull())
      .addColumn('dsa_category', 'text')
      .addColumn('dsa_keyword', 'text')
      .addColumn('decided_by', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'timestamptz', (c) => c.notNull())
      .addColumn('effective_at', 'timestamptz')
      .addColumn('confirmed_by', 'text')
      .addColumn('rejected_by', 'text')
      .addColumn('rejected_at', 'timestamptz')
      .addColumn('rejection_reason', 'text')
      .addColumn('reversed_by', 'text')
      .addColumn('reversed_at', 'timestamptz')
      .addColumn('reversal_reason', 'text')
      .execute();
    await db.schema.createIndex('gov_decisions_case_idx').on('gov_decisions').column('case_id').execute();
    await db.schema
      .createIndex('gov_decisions_subject_idx')
      .on('gov_decisions')
      .columns(['subject_kind', 'subject_id', 'decided_at'])
      .execute();
    // At most one decision waits for confirmation per case.
    await db.schema
      .createIndex('gov_decisions_one_pending_idx')
      .on('gov_decisions')
      .column('case_id')
      .unique()
      .where(sql.ref('status'), '=', 'pending_confirmation')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_decisions').execute();
  },
};
