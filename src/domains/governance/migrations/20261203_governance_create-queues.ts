import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// The review queues, with the default set the routing rules name. The seed is part of the
// migration so a queue a rule names always exists.
const SEED = [
  ['emergency', 'Live streams stopped by screening, and anything raised to emergency; 15-minute SLA'],
  ['escalated', 'Cases whose SLA ran out before a decision; for leads'],
  ['serious', 'Severity 4–5, and drugs, weapons, sexual content and gambling at any severity'],
  ['en', 'Content in English'],
  ['general', 'Everything else (Chinese and undetermined language)'],
] as const;

export const governanceCreateQueues: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('gov_queues')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .execute();
    const now = new Date();
    await db
      .insertInto('gov_queues')
      .values(SEED.map(([name, description]) => ({ name, description, created_at: now })))
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('gov_queues').execute();
  },
};
