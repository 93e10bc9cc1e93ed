import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { FiguresRange } from './figures-range.js';

export interface AppealOutcomes {
  /** Appeals decided in the range. */
  decided: number;
  upheld: number;
  reversed: number;
  modified: number;
  /** reversed / decided; null when none was decided. */
  reversalRate: number | null;
  /** modified / decided; null when none was decided. */
  modificationRate: number | null;
}

function rate(n: number, of: number): number | null {
  return of === 0 ? null : Math.round((n / of) * 10_000) / 10_000;
}

/** The outcomes of the appeals decided in the range (by their decision time, not their filing). */
export async function appealOutcomes(db: Db, range: FiguresRange): Promise<AppealOutcomes> {
  const row = await db
    .selectFrom('govAppeals')
    .select([
      sql<number>`count(*)::int`.as('decided'),
      sql<number>`count(*) filter (where status = 'upheld')::int`.as('upheld'),
      sql<number>`count(*) filter (where status = 'reversed')::int`.as('reversed'),
      sql<number>`count(*) filter (where status = 'modified')::int`.as('modified'),
    ])
    .where('decidedAt', '>=', range.start)
    .where('decidedAt', '<', range.end)
    .where('status', '!=', 'open')
    .executeTakeFirstOrThrow();
  const decided = Number(row.decided);
  const reversed = Number(row.reversed);
  const modified = Number(row.modified);
  return {
    decided,
    upheld: Number(row.upheld),
    reversed,
    modified,
    reversalRate: rate(reversed, decided),
    modificationRate: rate(modified, decided),
  };
}
