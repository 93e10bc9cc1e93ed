import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// The live handler asks, once per session it holds no state for, whether a stop was recorded for
// it already (streamStopRecorded). Without this index that question reads every live-segment
// verdict ever stored, on the hot path of the segment that must stop the stream. Stops are few,
// so a partial index over them alone is small.
export const screeningLiveStopIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index scr_verdicts_live_stops_idx on scr_verdicts (subject_id, content_id text_pattern_ops)
      where content_kind = 'live_segment' and outcome = 'stop_stream'`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`drop index scr_verdicts_live_stops_idx`.execute(db);
  },
};
