import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { EventType } from './event-types.js';

// Read access to the stored events for domains that replay them (screening backtests): which
// events of some types arrived in a time range, in arrival order, page by page.

export interface StoredEventFilter {
  types: readonly EventType[];
  /** Received at or after. */
  from?: Date;
  /** Received before. */
  to?: Date;
}

export interface StoredEvent {
  /** Arrival order; the cursor of the next page. */
  seq: number;
  type: EventType;
  data: Record<string, unknown>;
  receivedAt: Date;
}

function filtered(db: Db, f: StoredEventFilter) {
  let q = db.selectFrom('evtEvents').where('type', 'in', [...f.types]);
  if (f.from) q = q.where('receivedAt', '>=', f.from);
  if (f.to) q = q.where('receivedAt', '<', f.to);
  return q;
}

export async function countStoredEvents(db: Db, f: StoredEventFilter): Promise<number> {
  if (f.types.length === 0) return 0;
  const row = await filtered(db, f).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Up to `limit` events after sequence number `afterSeq`, oldest first. */
export async function readStoredEvents(
  db: Db,
  f: StoredEventFilter,
  afterSeq: number,
  limit: number,
): Promise<StoredEvent[]> {
  if (f.types.length === 0) return [];
  const rows = await filtered(db, f)
    .select(['seq', 'type', 'data', 'receivedAt'])
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    type: r.type as EventType,
    data: (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Record<string, unknown>,
    receivedAt: new Date(r.receivedAt),
  }));
}
