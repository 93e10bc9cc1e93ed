import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Appeals against decisions (DSA Art. 20), and the review queue they wait in. The queue is
// seeded here, like the others, so that a routed appeal always finds it.
export const governanceCreateAppeals: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('gov_appeals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('decision_id', 'text', (c) => c.notNull().references('gov_decisions.id'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('gov_cases.id'))
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('appellant', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('attachments', 'jsonb', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'upheld', 'reversed', 'modified')`))
      .addColumn('filed_at', 'timestamptz', (c) => c.notNull())
      .addColumn('due_at', 'timestamptz', (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'timestamptz')
      .addColumn('reasoning', 'text')
      .addColumn('reply', 'text')
      .addColumn('new_decision_id', 'text')
      .execute();
    await db.schema.createIndex('gov_appeals_decision_idx').on('gov_appeals').column('decision_id').execute();
    await db.schema
      .createIndex('gov_appeals_subject_idx')
      .on('gov_appeals')
      .columns(['subject_kind', 'subject_id', 'filed_at'])
      .execute();
    // One open appeal per decision, even under concurrent filings.
    await db.schema
      .createIndex('gov_appeals_one_open_idx')
      .on('gov_appeals')
      .column('decision_id')
      .unique()
      .where(sql.ref('status'), '=', 'open')
      .execute();
    await db
      .insertInto('gov_queues')
      .values({
        name: 'appeals',
        description: 'Appeals against decisions; reviewed by someone other than the original reviewers',
        created_at: new Date(),
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('gov_appeals').execute();
    await db.deleteFrom('gov_queues').where('name', '=', 'appeals').execute();
  },
};
