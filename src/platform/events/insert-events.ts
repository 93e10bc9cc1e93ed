import { CompiledQuery } from 'kysely';
import type { Db } from '../db/database.js';

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
const sqlByRowCount = new Map<number, string>();

// The statement text depends only on the number of rows, so it is built once per size instead of
// being compiled by the query builder on every batch (intake's hot path).
function insertSql(rows: number): string {
  let text = sqlByRowCount.get(rows);
  if (text) return text;
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const b = r * COLUMNS.length;
    tuples.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9})`);
  }
  text = `insert into evt_events (${COLUMNS.join(', ')}) values ${tuples.join(', ')} on conflict (source, id) do nothing returning seq, source, id`;
  sqlByRowCount.set(rows, text);
  return text;
}

/** Inserts new events; repeats of a stored (source, id) are skipped. Returns the stored ones. */
export async function insertEvents(
  db: Db,
  rows: readonly EventRow[],
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
    CompiledQuery.raw(insertSql(rows.length), params),
  );
  return result.rows;
}
