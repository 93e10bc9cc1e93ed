import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { FiguresRange } from './figures-range.js';

export interface DecisionTime {
  decisions: number;
  /** Median seconds from the case's opening to the decision taking effect; null with no decisions. */
  medianSeconds: number | null;
}

export interface DecisionTimes extends DecisionTime {
  /** By the queue the case was routed to when it opened (an escalation does not move it here). */
  byQueue: Record<string, DecisionTime>;
}

interface Row {
  queue: string | null;
  decisions: number;
  median: number | string | null;
}

/**
 * How long cases wait for their decision: first decisions that took effect in the range (in
 * effect now or reversed since), from the case's opening to the decision's effect (for four
 * eyes, the confirmation). A decision that replaced an appealed one is an appeal's outcome, not a
 * first answer, and is left out.
 */
export async function decisionTimes(db: Db, range: FiguresRange): Promise<DecisionTimes> {
  const { rows } = await sql<Row>`
    select coalesce(o.data->>'queue', c.queue) as queue,
           count(*)::int as decisions,
           percentile_cont(0.5) within group (
             order by extract(epoch from (d.effective_at - c.opened_at))::float8
           ) as median
      from gov_decisions d
      join gov_cases c on c.id = d.case_id
      left join gov_case_events o on o.case_id = c.id and o.type = 'opened'
     where d.effective_at >= ${range.start} and d.effective_at < ${range.end}
       and d.status in ('in_effect', 'reversed')
       and not exists (select 1 from gov_appeals a where a.new_decision_id = d.id)
     group by grouping sets ((coalesce(o.data->>'queue', c.queue)), ())`.execute(db);
  const result: DecisionTimes = { decisions: 0, medianSeconds: null, byQueue: {} };
  for (const r of rows) {
    const figure = { decisions: Number(r.decisions), medianSeconds: r.median === null ? null : Number(r.median) };
    // The empty grouping set is the whole range; its queue is null.
    if (r.queue === null) Object.assign(result, figure);
    else result.byQueue[r.queue] = figure;
  }
  return result;
}
