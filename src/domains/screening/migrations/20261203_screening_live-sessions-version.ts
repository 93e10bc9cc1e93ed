import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Each write of a shared live session counts up its version, and expects the one it read: a
// process that holds a session's latest state needs no read before screening its next segment.
export const screeningLiveSessionsVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('scr_live_sessions')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('scr_live_sessions').dropColumn('version').execute();
  },
};
