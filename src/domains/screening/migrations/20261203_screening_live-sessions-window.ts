import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Shared live sessions keep the window of recent talk a segment is screened with, so a process
// that takes over a stream sees the drama that came before.
export const screeningLiveSessionsWindow: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('scr_live_sessions')
      .addColumn('recent', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('scr_live_sessions').dropColumn('recent').execute();
  },
};
