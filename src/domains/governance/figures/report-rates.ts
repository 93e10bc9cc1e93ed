import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { FiguresRange } from './figures-range.js';

export interface RateFigures {
  /** Reports filed (merged duplicates not counted again). */
  reports: number;
  /** Viewers of the live sessions that ended. */
  viewers: number;
  /** Orders placed. */
  orders: number;
  /** reports / viewers × 10,000; null when there were no viewers. */
  perTenThousandViewers: number | null;
  /** reports / orders × 10,000; null when there were no orders. */
  perTenThousandOrders: number | null;
}

export interface DayRates extends RateFigures {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
}

export interface ReportRates {
  days: DayRates[];
  /** The whole range: its reports over its viewers and orders (not a mean of the days). */
  total: RateFigures;
}

/** Four decimals are plenty for a rate per 10,000 and keep float noise out of the answer. */
function perTenThousand(count: number, base: number): number | null {
  return base === 0 ? null : Math.round((count / base) * 10_000 * 10_000) / 10_000;
}

function rates(reports: number, viewers: number, orders: number): RateFigures {
  return {
    reports,
    viewers,
    orders,
    perTenThousandViewers: perTenThousand(reports, viewers),
    perTenThousandOrders: perTenThousand(reports, orders),
  };
}

/** Reports per 10,000 viewers and per 10,000 orders, for each UTC day of the range and overall. */
export async function reportRates(db: Db, range: FiguresRange): Promise<ReportRates> {
  const [reportRows, exposureRows] = await Promise.all([
    db
      .selectFrom('govReports')
      .select([
        sql<string>`to_char(received_at at time zone 'UTC', 'YYYY-MM-DD')`.as('day'),
        sql<number>`count(*)::int`.as('n'),
      ])
      .where('receivedAt', '>=', range.start)
      .where('receivedAt', '<', range.end)
      .where('mergedInto', 'is', null)
      .groupBy(sql`1`)
      .execute(),
    db
      .selectFrom('govExposures')
      .select(['day', 'kind', sql<string>`sum(amount)::text`.as('amount')])
      .where('day', '>=', range.from)
      .where('day', '<=', range.to)
      .groupBy(['day', 'kind'])
      .execute(),
  ]);
  const reports = new Map(reportRows.map((r) => [r.day, Number(r.n)]));
  const viewers = new Map<string, number>();
  const orders = new Map<string, number>();
  for (const r of exposureRows) (r.kind === 'viewers' ? viewers : orders).set(r.day, Number(r.amount));
  const days = range.days.map((day) => ({
    day,
    ...rates(reports.get(day) ?? 0, viewers.get(day) ?? 0, orders.get(day) ?? 0),
  }));
  const sum = (pick: (d: DayRates) => number) => days.reduce((s, d) => s + pick(d), 0);
  return {
    days,
    total: rates(
      sum((d) => d.reports),
      sum((d) => d.viewers),
      sum((d) => d.orders),
    ),
  };
}
