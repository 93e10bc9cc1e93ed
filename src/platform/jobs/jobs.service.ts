import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

export interface EnqueueInput {
  kind: string;
  payload?: unknown;
  /** When to run; now when absent. A future time makes this a durable timer. */
  runAt?: Date;
  maxAttempts?: number;
  /** At most one pending or running job per key; a second enqueue with the key does nothing. */
  uniqueKey?: string;
}

/**
 * Adds a durable job in the caller's transaction. Returns its id, or null when a live job with
 * the same unique key already exists.
 */
export async function enqueueJob(db: Db, clock: Clock, input: EnqueueInput): Promise<string | null> {
  const now = clock.now();
  const id = newId('job');
  const row = await db
    .insertInto('jobJobs')
    .values({
      id,
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? {}),
      status: 'pending',
      runAt: input.runAt ?? now,
      maxAttempts: input.maxAttempts ?? 5,
      lastError: null,
      lockedBy: null,
      lockedUntil: null,
      uniqueKey: input.uniqueKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) =>
      oc
        .column('uniqueKey')
        .where('uniqueKey', 'is not', null)
        .where('status', 'in', ['pending', 'running'])
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Cancels the live job with this key (a timer no longer needed); true when there was one. */
export async function cancelJob(db: Db, clock: Clock, uniqueKey: string): Promise<boolean> {
  const rows = await db
    .updateTable('jobJobs')
    .set({ status: 'done', lastError: 'cancelled', updatedAt: clock.now() })
    .where('uniqueKey', '=', uniqueKey)
    .where('status', '=', 'pending')
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function jobStats(db: Db) {
  const rows = await db
    .selectFrom('jobJobs')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .where('status', '!=', 'done')
    .groupBy('status')
    .execute();
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { pending: by.pending ?? 0, running: by.running ?? 0, dead: by.dead ?? 0 };
}
