import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const governanceCreateCases: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('gov_cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('target_kind', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('severity', 'smallint', (c) => c.notNull().check(sql`severity between 1 and 5`))
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('priority_rank', 'smallint', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('queue', 'text', (c) => c.notNull().references('gov_queues.name'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('assignee', 'text')
      .addColumn('assigned_at', 'timestamptz')
      .addColumn('due_at', 'timestamptz', (c) => c.notNull())
      .addColumn('decided_at', 'timestamptz')
      .addColumn('escalated_at', 'timestamptz')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('evidence', 'jsonb', (c) => c.notNull())
      .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
      .execute();
    // One active case per target: a second verdict on the same listing or stream joins it. Also
    // what makes concurrent intake of two verdicts on one target open one case, not two.
    await sql`create unique index gov_cases_active_target_idx on gov_cases (target_kind, target_id)
      where state in ('open', 'in_review')`.execute(db);
    // "Next case": the most urgent, earliest due unclaimed case of a queue.
    await sql`create index gov_cases_next_idx on gov_cases (queue, priority_rank desc, due_at, id)
      where state = 'open'`.execute(db);
    await db.schema.createIndex('gov_cases_opened_idx').on('gov_cases').columns(['opened_at', 'id']).execute();
    await db.schema.createIndex('gov_cases_subject_idx').on('gov_cases').columns(['subject_id', 'opened_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('gov_cases').execute();
  },
};
