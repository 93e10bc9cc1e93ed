import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { FiguresRange } from './figures-range.js';

/** Sanctions counted, in all and per action (`remove_listing`, `suspend_live` …). */
export interface SanctionCounts {
  total: number;
  byAction: Record<string, number>;
}

export interface PenaltyFigures extends SanctionCounts {
  byViolationType: Record<string, SanctionCounts>;
  /** merchant, host, user (a comment's author), unknown. */
  bySubjectKind: Record<string, SanctionCounts>;
}

export interface BanFigures {
  total: number;
  byViolationType: Record<string, number>;
  bySubjectKind: Record<string, number>;
}

export interface PenaltiesAndBans {
  penalties: PenaltyFigures;
  bans: BanFigures;
}

// Restoring a listing is what a "no violation" decision does: not a penalty.
const NOT_A_PENALTY = ['restore_listing'] as const;
const BAN = 'terminate_account';

function add(counts: Record<string, SanctionCounts>, key: string, action: string, n: number): void {
  const c = counts[key] ?? { total: 0, byAction: {} };
  c.total += n;
  c.byAction[action] = (c.byAction[action] ?? 0) + n;
  counts[key] = c;
}

/**
 * The sanctions imposed in the range (by the reviewer or by the points ladder), on decisions that
 * found a violation; a ban is an account termination. A sanction counts once imposed, whatever
 * happened to it later (expired, lifted on appeal).
 */
export async function penaltiesAndBans(db: Db, range: FiguresRange): Promise<PenaltiesAndBans> {
  const rows = await db
    .selectFrom('govSanctions as s')
    .innerJoin('govDecisions as d', 'd.id', 's.decisionId')
    .select([
      's.action',
      's.subjectKind',
      sql<string>`d.violation_type`.as('violationType'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('s.startsAt', '>=', range.start)
    .where('s.startsAt', '<', range.end)
    .where('d.violationType', 'is not', null)
    .where('s.action', 'not in', NOT_A_PENALTY)
    .groupBy(['s.action', 's.subjectKind', 'd.violationType'])
    .execute();
  const penalties: PenaltyFigures = { total: 0, byAction: {}, byViolationType: {}, bySubjectKind: {} };
  const bans: BanFigures = { total: 0, byViolationType: {}, bySubjectKind: {} };
  for (const r of rows) {
    const n = Number(r.n);
    penalties.total += n;
    penalties.byAction[r.action] = (penalties.byAction[r.action] ?? 0) + n;
    add(penalties.byViolationType, r.violationType, r.action, n);
    add(penalties.bySubjectKind, r.subjectKind, r.action, n);
    if (r.action === BAN) {
      bans.total += n;
      bans.byViolationType[r.violationType] = (bans.byViolationType[r.violationType] ?? 0) + n;
      bans.bySubjectKind[r.subjectKind] = (bans.bySubjectKind[r.subjectKind] ?? 0) + n;
    }
  }
  return { penalties, bans };
}
