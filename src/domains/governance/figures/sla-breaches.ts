import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { FiguresRange } from './figures-range.js';

export interface SlaBreaches {
  /** Cases whose SLA ran out in the range (a case counts once however often it breached). */
  total: number;
  /** By the queue the case waited in when it breached (an appeal's SLA: `appeals`). */
  byQueue: Record<string, number>;
}

/**
 * Breaches as the SLA timer recorded them: each `escalated` case event is one due time passed
 * without a decision, at the moment the durable timer found it. Reading the events rather than
 * the cases' due times keeps a breach counted after the case's due time moves on (an appeal
 * gives it a new one).
 */
export async function slaBreaches(db: Db, range: FiguresRange): Promise<SlaBreaches> {
  const { rows } = await sql<{ queue: string; whole: number; cases: number }>`
    select coalesce(data->'queue'->>'from', 'unknown') as queue,
           grouping(coalesce(data->'queue'->>'from', 'unknown'))::int as whole,
           count(distinct case_id)::int as cases
      from gov_case_events
     where type = 'escalated' and at >= ${range.start} and at < ${range.end}
     group by grouping sets ((coalesce(data->'queue'->>'from', 'unknown')), ())`.execute(db);
  const result: SlaBreaches = { total: 0, byQueue: {} };
  for (const r of rows) {
    if (Number(r.whole) === 1) result.total = Number(r.cases);
    else result.byQueue[r.queue] = Number(r.cases);
  }
  return result;
}
