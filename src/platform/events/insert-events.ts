import { CompiledQuery } from 'kysely';
import type { Db } from '../db/database.js';
import { statementByRows } from '../db/statement-by-rows.js';

export interface EventRow {
  id: string;
  source: string;
  type: string;
  /** ISO 8601; strings cost the driver less than Date objects. */
  time: string | null;
  subject: string | null;
  partyIds: string[];
  data: string;
  receivedAt: string;
  apiKeyId: string | null;
}

const COLUMNS = ['id', 'source', 'type', 'time', 'subject', 'party_ids', 'data', 'received_at', 'api_key_id'] as const;
// Intake's hot path: the statements are built once per number of rows.
const insertSql = (onRepeat: string) =>
  statementByRows(
    COLUMNS.map(() => ''),
    (values) => `insert into evt_events (${COLUMNS.join(', ')}) values ${values}${onRepeat} returning seq, source, id`,
  );
const STATEMENTS = {
  skip: insertSql(' on conflict (source, id) do nothing'),
  fail: insertSql(''),
};

/** What the insert of a (source, id) stored before fails with when repeats fail. */
export function isRepeatedEvent(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string };
  return e?.code === '23505' && e.constraint === 'evt_events_source_id_key';
}

/**
 * Inserts new events; returns the stored ones. A repeat of a stored (source, id) is skipped, or,
 * with `onRepeat` 'fail', fails the statement (see isRepeatedEvent) and so its transaction.
 */
export async function insertEvents(
  db: Db,
  rows: readonly EventRow[],
  onRepeat: keyof typeof STATEMENTS = 'skip',
): Promise<{ seq: number; source: string; id: string }[]> {
  const params: unknown[] = new Array(rows.length * COLUMNS.length);
  let i = 0;
  for (const r of rows) {
    params[i++] = r.id;
    params[i++] = r.source;
    params[i++] = r.type;
    params[i++] = r.time;
    params[i++] = r.subject;
    params[i++] = r.partyIds;
    params[i++] = r.data;
    params[i++] = r.receivedAt;
    params[i++] = r.apiKeyId;
  }
  const result = await db.executeQuery<{ seq: number; source: string; id: string }>(
    CompiledQuery.raw(STATEMENTS[onRepeat](rows.length), params),
  );
  return result.rows;
}
