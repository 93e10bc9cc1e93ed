import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateSanctions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_sanctions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // Ids made in one millisecond do not sort in the order they were made; seq does.
      .addColumn('seq', 'bigserial', (c) => c.notNull().unique())
      .addColumn('decision_id', 'text', (c) => c.notNull().references('gov_decisions.id'))
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('applies_to_kind', 'text', (c) => c.notNull())
      .addColumn('applies_to_id', 'text', (c) => c.notNull())
      .addColumn('days', 'integer')
      .addColumn('amount_minor', 'bigint')
      .addColumn('currency', 'text')
      .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
      .addColumn('ends_at', 'timestamptz')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'applied', 'expired', 'lifted')`))
      .addColumn('automatic', 'boolean', (c) => c.notNull())
      .addColumn('firing_id', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'timestamptz')
      .addColumn('ended_by', 'text')
      .execute();
    await db.schema.createIndex('gov_sanctions_decision_idx').on('gov_sanctions').column('decision_id').execute();
    await db.schema
      .createIndex('gov_sanctions_subject_idx')
      .on('gov_sanctions')
      .columns(['subject_kind', 'subject_id', 'starts_at'])
      .execute();
    await db.schema
      .createIndex('gov_sanctions_applies_to_idx')
      .on('gov_sanctions')
      .columns(['applies_to_kind', 'applies_to_id', 'action'])
      .where(sql.ref('status'), '=', 'active')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_sanctions').execute();
  },
};
