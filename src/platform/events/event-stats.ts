import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export async function eventStats(db: Db, since: Date) {
  const last = await db.selectFrom('evtEvents').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const perMinute = await db
    .selectFrom('evtEvents')
    .select([sql<Date>`date_trunc('minute', received_at)`.as('minute'), sql<number>`count(*)::int`.as('count')])
    .where('receivedAt', '>=', since)
    .groupBy(sql`1`)
    .execute();
  return { total: Number(last.n), perMinute };
}
