import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { EventHandler, StoredEvent } from '../../../platform/events/event-handlers.js';
import type { EventType } from '../../../platform/events/event-types.js';
import type { GovExposuresTable } from './figures.tables.js';
import { utcDay } from './figures-range.js';

// These run inside the intake transaction, so they do one multi-row INSERT per batch and nothing
// else: no read, no update of a shared row. The primary key (kind, ref) makes a repeated
// session or order (a retry under a new event id) count once.

async function insertExposures(trx: Db, rows: GovExposuresTable[]): Promise<void> {
  if (rows.length === 0) return;
  // In key order, so two batches that share a session or order wait on each other, never deadlock.
  rows.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  await trx
    .insertInto('govExposures')
    .values(rows)
    .onConflict((oc) => oc.columns(['kind', 'ref']).doNothing())
    .execute();
}

function dayOf(clock: Clock, e: StoredEvent<EventType>): string {
  return utcDay(e.time ?? clock.now());
}

/** Records the audience of each ended live session: `totalViewers`, else `peakViewers`. */
export function viewersFromLiveEnded(clock: Clock): EventHandler<'live.ended'> {
  return (trx, events) => {
    const rows: GovExposuresTable[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      const viewers = e.data.totalViewers ?? e.data.peakViewers;
      // A session that reports no audience adds nothing to a denominator.
      if (viewers === undefined || seen.has(e.data.sessionId)) continue;
      seen.add(e.data.sessionId);
      rows.push({
        day: dayOf(clock, e),
        kind: 'viewers',
        ref: e.data.sessionId,
        amount: viewers,
        eventSource: e.source,
        eventId: e.id,
      });
    }
    return insertExposures(trx, rows);
  };
}

/** Records each placed order once. */
export function ordersFromOrderPlaced(clock: Clock): EventHandler<'order.placed'> {
  return (trx, events) => {
    const rows: GovExposuresTable[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      if (seen.has(e.data.orderId)) continue;
      seen.add(e.data.orderId);
      rows.push({
        day: dayOf(clock, e),
        kind: 'orders',
        ref: e.data.orderId,
        amount: 1,
        eventSource: e.source,
        eventId: e.id,
      });
    }
    return insertExposures(trx, rows);
  };
}
