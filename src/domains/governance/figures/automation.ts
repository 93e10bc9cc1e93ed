import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { FiguresRange } from './figures-range.js';

export interface AutomationFigures {
  /** Decisions that took effect in the range (in effect now or reversed since). */
  decisions: number;
  /** By the kind of actor that took them: `user`, `api_key`, `system`. */
  byActorKind: Record<string, number>;
  /** Taken by the system alone (a `system:` actor), with no person deciding. */
  automated: number;
  /** automated / decisions; null with no decisions. */
  automatedShare: number | null;
  /** Taken by a person, with sanctions the points ladder added on its own (DSA: partially automated). */
  partiallyAutomated: number;
  partiallyAutomatedShare: number | null;
  /** Sanctions imposed in the range (as counted under penalties). */
  sanctions: number;
  /** Of those, imposed by the points ladder rather than chosen by the reviewer. */
  automaticSanctions: number;
  automaticSanctionShare: number | null;
}

function share(n: number, of: number): number | null {
  return of === 0 ? null : Math.round((n / of) * 10_000) / 10_000;
}

/**
 * How much of enforcement no person chose. A decision records who took it (`decidedBy`:
 * `user:usr_…`, `api_key:key_…`, `system:…`); API keys decide for people (they need the admin
 * scope, like a reviewer's session), so only `system:` actors count as automated. The points
 * ladder is the automatic part of a person's decision: its sanctions are marked `automatic`.
 */
export async function automationFigures(db: Db, range: FiguresRange): Promise<AutomationFigures> {
  const [actors, sanctions] = await Promise.all([
    sql<{ actorKind: string; decisions: number; partial: number }>`
      select split_part(d.decided_by, ':', 1) as "actorKind",
             count(*)::int as decisions,
             count(*) filter (where exists (
               select 1 from gov_sanctions s where s.decision_id = d.id and s.automatic
             ))::int as partial
        from gov_decisions d
       where d.effective_at >= ${range.start} and d.effective_at < ${range.end}
         and d.status in ('in_effect', 'reversed')
       group by 1`.execute(db),
    sql<{ total: number; automatic: number }>`
      select count(*)::int as total, count(*) filter (where s.automatic)::int as automatic
        from gov_sanctions s
        join gov_decisions d on d.id = s.decision_id
       where s.starts_at >= ${range.start} and s.starts_at < ${range.end}
         and d.violation_type is not null and s.action <> 'restore_listing'`.execute(db),
  ]);
  const byActorKind: Record<string, number> = {};
  let decisions = 0;
  let partiallyAutomated = 0;
  for (const r of actors.rows) {
    byActorKind[r.actorKind] = Number(r.decisions);
    decisions += Number(r.decisions);
    if (r.actorKind !== 'system') partiallyAutomated += Number(r.partial);
  }
  const automated = byActorKind.system ?? 0;
  const total = Number(sanctions.rows[0]?.total ?? 0);
  const automatic = Number(sanctions.rows[0]?.automatic ?? 0);
  return {
    decisions,
    byActorKind,
    automated,
    automatedShare: share(automated, decisions),
    partiallyAutomated,
    partiallyAutomatedShare: share(partiallyAutomated, decisions),
    sanctions: total,
    automaticSanctions: automatic,
    automaticSanctionShare: share(automatic, total),
  };
}
