import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { statementByRows } from '../../../platform/db/statement-by-rows.js';
import { writesTogether } from '../../../platform/db/writes-together.js';
import { RetryCarefully } from '../../../platform/events/event-handlers.js';
import type { LiveSessions } from './live-sessions.js';

// Shared mode of LiveSessions: the database holds every session's state with a version, so that
// consecutive segments of one stream may be handled by different processes. A process that read
// or wrote a session's latest state keeps it, screens the next segment from memory and writes
// expecting that version: one statement per batch. A session it does not hold is read first
// (locking it, so two processes take turns on it); a write that finds another version (another
// process wrote in between) is refused, and the batch's segments of that session are screened
// again from the stored state, now locked.

let batches = 0;

interface StoredRow {
  sessionId: string;
  tail: string;
  recent: unknown;
  score: number;
  shadowScore: number;
  lastSeq: number;
  updatedAt: Date | string;
  stopped: boolean;
  version: number;
}

/** The sessions among `ids` that this process does not hold at a known stored version. */
export function sessionsToLoad(sessions: LiveSessions, ids: readonly string[]): string[] {
  return ids.filter((id) => sessions.heldVersion(id) === null);
}

/**
 * Loads and locks the stored state of these sessions into `sessions`, replacing what this process
 * held; returns the sessions that have no stored state.
 */
export async function loadSessions(
  trx: Db,
  sessions: LiveSessions,
  ids: readonly string[],
  nowMs: number,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<StoredRow>`
    select session_id, tail, recent, score, shadow_score, last_seq, updated_at, stopped, version
    from scr_live_sessions
    where session_id in (${sql.join(ids)})
    order by session_id
    for update`.execute(trx);
  const found = new Map(rows.map((r) => [r.sessionId, r]));
  const absent: string[] = [];
  for (const id of ids) {
    const r = found.get(id);
    if (!r) absent.push(id);
    sessions.restore(
      id,
      r
        ? {
            tail: r.tail,
            recent: r.recent as string[],
            score: r.score,
            shadowScore: r.shadowScore,
            lastSeq: r.lastSeq,
            updatedAtMs: new Date(r.updatedAt).getTime(),
            stopped: r.stopped,
            version: r.version,
          }
        : null,
      nowMs,
    );
  }
  return absent;
}

// Every intake batch of live segments writes its sessions, expecting the version each was read
// or last written as. A write that finds another version either leaves that row alone (and the
// caller sees it missing from what the statement returns), or, where the caller cannot look
// before its transaction commits, fails the statement: the version is then set to null, which its
// NOT NULL refuses (see isStaleSessionWrite).
const saveSql = (version: string, stale: string) =>
  statementByRows(
    ['', '', '::jsonb', '', '', '', '', '', ''],
    (values) => `insert into scr_live_sessions
      (session_id, tail, recent, score, shadow_score, last_seq, updated_at, stopped, version)
    values ${values}
    on conflict (session_id) do update set
      tail = excluded.tail, recent = excluded.recent, score = excluded.score,
      shadow_score = excluded.shadow_score, last_seq = excluded.last_seq,
      updated_at = excluded.updated_at, stopped = excluded.stopped, version = ${version}
    ${stale}
    returning session_id, version`,
  );
const SAVE = {
  skipStale: saveSql('excluded.version', 'where scr_live_sessions.version = excluded.version - 1'),
  failStale: saveSql('case when scr_live_sessions.version = excluded.version - 1 then excluded.version end', ''),
};

function isStaleSessionWrite(err: unknown): boolean {
  const e = err as { code?: string; table?: string; column?: string };
  return e?.code === '23502' && e.table === 'scr_live_sessions' && e.column === 'version';
}

/** The sessions among `ids` this process holds, and the parameters of their save. */
function sessionsToSave(sessions: LiveSessions, ids: readonly string[]): { sent: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const sent: string[] = [];
  for (const id of ids) {
    const s = sessions.snapshot(id);
    if (!s) continue;
    sent.push(id);
    params.push(
      id,
      s.tail,
      JSON.stringify(s.recent),
      s.score,
      s.shadowScore,
      s.lastSeq,
      new Date(s.updatedAtMs).toISOString(),
      s.stopped,
      s.version + 1,
    );
  }
  return { sent, params };
}

// Streams that end without live.ended (a crash upstream) would stay forever otherwise.
function dropIdleSessionsNowAndThen(trx: Db, sessions: LiveSessions, nowMs: number): Promise<unknown> | null {
  if (++batches % 256 !== 0) return null;
  return trx
    .deleteFrom('scrLiveSessions')
    .where('updatedAt', '<', new Date(nowMs - sessions.idleMs))
    .execute();
}

/**
 * Stores the state of these sessions after a batch, each expecting the version it was read or
 * last written as; returns the sessions whose stored version was another (their state here is
 * stale). Now and then drops sessions idle too long.
 */
export async function saveSessions(
  trx: Db,
  sessions: LiveSessions,
  ids: readonly string[],
  nowMs: number,
): Promise<string[]> {
  const { sent, params } = sessionsToSave(sessions, ids);
  const stale: string[] = [];
  if (sent.length > 0) {
    const { rows: written } = await trx.executeQuery<{ sessionId: string; version: number }>(
      CompiledQuery.raw(SAVE.skipStale(sent.length), params),
    );
    const done = new Map(written.map((w) => [w.sessionId, w.version]));
    for (const id of sent) {
      const version = done.get(id);
      if (version === undefined) stale.push(id);
      else sessions.stored(id, version);
    }
  }
  await dropIdleSessionsNowAndThen(trx, sessions, nowMs);
  return stale;
}

/**
 * saveSessions for an optimistic intake (see IntakeTransaction), which commits without looking:
 * the statements are sent before this returns, and should a session's stored version be another,
 * the save fails, and with it the transaction, with RetryCarefully.
 */
export function saveSessionsOrRetry(
  trx: Db,
  sessions: LiveSessions,
  ids: readonly string[],
  nowMs: number,
): Promise<unknown> {
  const { sent, params } = sessionsToSave(sessions, ids);
  const writes: Promise<unknown>[] = [];
  if (sent.length > 0) {
    writes.push(
      trx
        .executeQuery<{ sessionId: string; version: number }>(CompiledQuery.raw(SAVE.failStale(sent.length), params))
        .then(
          ({ rows }) => {
            for (const w of rows) sessions.stored(w.sessionId, w.version);
          },
          (err: unknown) => {
            throw isStaleSessionWrite(err)
              ? new RetryCarefully('another process wrote a live session of the batch')
              : err;
          },
        ),
    );
  }
  const dropping = dropIdleSessionsNowAndThen(trx, sessions, nowMs);
  if (dropping) writes.push(dropping);
  return writesTogether(writes);
}

export async function forgetSessions(trx: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom('scrLiveSessions').where('sessionId', 'in', ids).execute();
}
