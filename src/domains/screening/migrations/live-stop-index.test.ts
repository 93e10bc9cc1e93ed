import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../platform/db/test-database.js';
import { streamStopRecorded } from '../screening.repository.js';

// A stop is looked up once per live session a process holds no state for, on the path of the
// segment that must stop the stream: it must read an index of the stops, not every live verdict.
describe('the live stop index', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql`
      insert into scr_verdicts (id, content_kind, content_id, subject_id, event_source, event_id, outcome, score, findings, policy, created_at)
      select 'vrd_t' || g, 'live_segment', 'live-' || (g / 40) || ':' || (g % 40), 'host-' || (g % 97), 'test://live',
        'e-' || g, case when g % 50 = 0 then 'stop_stream' else 'review' end, 0.5, '[]'::jsonb, '1', now()
      from generate_series(1, 20000) g`.execute(t.db);
    await sql`analyze scr_verdicts`.execute(t.db);
  });
  afterAll(() => t.close());

  it('finds a recorded stop, and only for its own session and host', async () => {
    // g = 1000: session live-25, seq 0, host-30, a stop.
    expect(await streamStopRecorded(t.db, 'live-25', 'host-30')).toBe(true);
    expect(await streamStopRecorded(t.db, 'live-25', 'host-31')).toBe(false);
    expect(await streamStopRecorded(t.db, 'live-2', 'host-30')).toBe(false);
  });

  it('answers from the partial index', async () => {
    const plan = await t.db
      .selectFrom('scrVerdicts')
      .select('id')
      .where('contentKind', '=', 'live_segment')
      .where('outcome', '=', 'stop_stream')
      .where('subjectId', '=', 'host-30')
      .where('contentId', 'like', 'live-25:%')
      .limit(1)
      .explain();
    const text = plan.map((r) => Object.values(r).join(' ')).join('\n');
    expect(text).toContain('scr_verdicts_live_stops_idx');
  });
});
