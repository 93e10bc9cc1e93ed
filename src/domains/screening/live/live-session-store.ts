import type { Db } from '../../../platform/db/database.js';
import type { LiveSessions } from './live-sessions.js';

// Shared mode of LiveSessions: the database holds every session's state, so consecutive segments
// of one stream may be handled by different processes. One read (locking the batch's sessions, so
// two processes take turns on a stream) and one write per batch, in the intake transaction.

let batches = 0;

/** Loads the stored state of these sessions into `sessions`, replacing what this process held. */
export async function loadSessions(trx: Db, sessions: LiveSessions, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await trx
    .selectFrom('scrLiveSessions')
    .selectAll()
    .where('sessionId', 'in', ids)
    .orderBy('sessionId')
    .forUpdate()
    .execute();
  for (const id of ids) sessions.end(id);
  for (const r of rows) {
    sessions.restore(r.sessionId, {
      tail: r.tail,
      recent: r.recent as string[],
      score: r.score,
      shadowScore: r.shadowScore,
      lastSeq: r.lastSeq,
      updatedAtMs: new Date(r.updatedAt).getTime(),
      stopped: r.stopped,
    });
  }
}

/** Stores the state of these sessions after a batch; now and then drops sessions idle too long. */
export async function saveSessions(
  trx: Db,
  sessions: LiveSessions,
  ids: readonly string[],
  nowMs: number,
): Promise<void> {
  const values = [];
  for (const id of ids) {
    const s = sessions.snapshot(id);
    if (!s) continue;
    values.push({
      sessionId: id,
      tail: s.tail,
      recent: JSON.stringify(s.recent),
      score: s.score,
      shadowScore: s.shadowScore,
      lastSeq: s.lastSeq,
      updatedAt: new Date(s.updatedAtMs),
      stopped: s.stopped,
    });
  }
  if (values.length > 0) {
    await trx
      .insertInto('scrLiveSessions')
      .values(values)
      .onConflict((oc) =>
        oc.column('sessionId').doUpdateSet((eb) => ({
          tail: eb.ref('excluded.tail'),
          recent: eb.ref('excluded.recent'),
          score: eb.ref('excluded.score'),
          shadowScore: eb.ref('excluded.shadowScore'),
          lastSeq: eb.ref('excluded.lastSeq'),
          updatedAt: eb.ref('excluded.updatedAt'),
          stopped: eb.ref('excluded.stopped'),
        })),
      )
      .execute();
  }
  // Streams that end without live.ended (a crash upstream) would stay forever otherwise.
  if (++batches % 256 === 0) {
    await trx
      .deleteFrom('scrLiveSessions')
      .where('updatedAt', '<', new Date(nowMs - sessions.idleMs))
      .execute();
  }
}

export async function forgetSessions(trx: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom('scrLiveSessions').where('sessionId', 'in', ids).execute();
}
