import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// The denominators of report rates (viewers of ended live sessions, placed orders), one row per
// session or order. Rows are only ever inserted, so intake transactions never contend on a
// per-day counter; the key makes a session or order count once whatever event repeats it.
export const governanceCreateExposures: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('gov_exposures')
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('viewers', 'orders')`))
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull().check(sql`day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
      .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
      .addColumn('event_source', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('gov_exposures_pkey', ['kind', 'ref'])
      .execute();
    await db.schema.createIndex('gov_exposures_day_kind_idx').on('gov_exposures').columns(['day', 'kind']).execute();
    // The figures read decisions, sanctions, appeals and SLA escalations by time range.
    await db.schema.createIndex('gov_decisions_effective_idx').on('gov_decisions').column('effective_at').execute();
    await db.schema.createIndex('gov_sanctions_starts_idx').on('gov_sanctions').column('starts_at').execute();
    await db.schema
      .createIndex('gov_appeals_decided_idx')
      .on('gov_appeals')
      .column('decided_at')
      .where(sql.ref('decided_at'), 'is not', null)
      .execute();
    await db.schema
      .createIndex('gov_case_events_escalated_idx')
      .on('gov_case_events')
      .column('at')
      .where(sql.ref('type'), '=', 'escalated')
      .execute();
  },
  async down(db: Kysely<any>) {
    for (const index of [
      'gov_case_events_escalated_idx',
      'gov_appeals_decided_idx',
      'gov_sanctions_starts_idx',
      'gov_decisions_effective_idx',
    ]) {
      await db.schema.dropIndex(index).execute();
    }
    await db.schema.dropTable('gov_exposures').execute();
  },
};
