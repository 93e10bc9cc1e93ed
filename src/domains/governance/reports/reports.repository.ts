import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { UNKNOWN_SUBJECT } from './report-rules.js';
import type { GovReportsTable, GovTrustedFlaggersTable, ReportOutcome } from './reports.tables.js';

// Queries on gov_reports and gov_trusted_flaggers only; the rules live in report-rules.ts.

export type ReportRow = Selectable<GovReportsTable>;
export type TrustedFlaggerRow = Selectable<GovTrustedFlaggersTable>;

export async function existingReportIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('govReports').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Serialises the filing of reports with these duplicate keys across transactions until commit,
 * so two copies of one notice filed at once cannot both become first reports.
 */
export async function lockDedupeKeys(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const sorted = [...new Set(keys)].sort();
  // One order in every transaction: no deadlock between two batches sharing keys.
  await sql`select pg_advisory_xact_lock(h) from (
      select hashtextextended(k, 7314264003) as h from unnest(${sorted}::text[]) as k order by k
    ) as ordered`.execute(db);
}

/** The first report of this key received after `since`, locked for the merge. */
export async function findFirstReport(db: Db, dedupeKey: string, since: Date): Promise<ReportRow | undefined> {
  return db
    .selectFrom('govReports')
    .selectAll()
    .where('dedupeKey', '=', dedupeKey)
    .where('mergedInto', 'is', null)
    .where('receivedAt', '>', since)
    .orderBy('receivedAt')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertReports(db: Db, rows: readonly Insertable<GovReportsTable>[]): Promise<ReportRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('govReports').values(rows).returningAll().execute();
}

export async function recordDuplicates(db: Db, firstId: string, count: number, ids: readonly string[]) {
  await db
    .updateTable('govReports')
    .set({
      duplicateCount: sql`duplicate_count + ${count}`,
      duplicateIds: sql`duplicate_ids || ${JSON.stringify(ids)}::jsonb`,
    })
    .where('id', '=', firstId)
    .execute();
}

export async function activeTrustedFlaggers(db: Db, reporterIds: readonly string[]): Promise<Set<string>> {
  if (reporterIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('govTrustedFlaggers')
    .select('reporterId')
    .where('reporterId', 'in', [...new Set(reporterIds)])
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.reporterId));
}

/** First reports without a case yet, locked: the job that opens their cases may run twice. */
export async function lockReportsAwaitingCase(db: Db, ids: readonly string[]): Promise<ReportRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('govReports')
    .selectAll()
    .where('id', 'in', ids)
    .where('mergedInto', 'is', null)
    .where('caseId', 'is', null)
    .orderBy('receivedAt')
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Sets the case of these first reports and of the duplicates merged into them. */
export async function assignCase(db: Db, firstIds: readonly string[], caseId: string): Promise<void> {
  if (firstIds.length === 0) return;
  await db
    .updateTable('govReports')
    .set({ caseId })
    .where((eb) => eb.or([eb('id', 'in', firstIds), eb('mergedInto', 'in', firstIds)]))
    .execute();
}

/** The latest case subject governance has on record for a target (from screening, say). */
export async function knownSubjectOfTarget(db: Db, targetKind: string, targetId: string) {
  return db
    .selectFrom('govCases')
    .select(['subjectKind', 'subjectId'])
    .where('targetKind', '=', targetKind as never)
    .where('targetId', '=', targetId)
    .where('subjectId', '!=', UNKNOWN_SUBJECT)
    .orderBy('openedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function lockReportsOfCase(db: Db, caseId: string): Promise<ReportRow[]> {
  return db
    .selectFrom('govReports')
    .selectAll()
    .where('caseId', '=', caseId)
    .orderBy('receivedAt')
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function setOutcome(db: Db, ids: readonly string[], outcome: ReportOutcome, at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('govReports').set({ outcome, decidedAt: at }).where('id', 'in', ids).execute();
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('govReports').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ReportFilters {
  targetKind?: string;
  targetId?: string;
  category?: string;
  caseId?: string;
  reporterId?: string;
  trustedFlagger?: boolean;
  outcome?: ReportOutcome | 'pending';
  merged?: boolean;
  limit: number;
  before?: string;
}

/** Newest first, keyset-paged on (received_at, id); one row more than the limit tells there is more. */
export async function listReportRows(db: Db, f: ReportFilters): Promise<ReportRow[]> {
  let q = db
    .selectFrom('govReports')
    .selectAll()
    .orderBy('receivedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.targetKind !== undefined) q = q.where('targetKind', '=', f.targetKind as never);
  if (f.targetId !== undefined) q = q.where('targetId', '=', f.targetId);
  if (f.category !== undefined) q = q.where('category', '=', f.category);
  if (f.caseId !== undefined) q = q.where('caseId', '=', f.caseId);
  if (f.reporterId !== undefined) q = q.where('reporterId', '=', f.reporterId);
  if (f.trustedFlagger !== undefined) q = q.where('trustedFlagger', f.trustedFlagger ? 'is not' : 'is', null);
  if (f.outcome === 'pending') q = q.where('outcome', 'is', null);
  else if (f.outcome !== undefined) q = q.where('outcome', '=', f.outcome);
  if (f.merged !== undefined) q = q.where('mergedInto', f.merged ? 'is not' : 'is', null);
  if (f.before !== undefined) {
    q = q.where(
      sql<boolean>`(received_at, id) < (select r.received_at, r.id from gov_reports r where r.id = ${f.before})`,
    );
  }
  return q.execute();
}

export async function findTrustedFlagger(db: Db, reporterId: string): Promise<TrustedFlaggerRow | undefined> {
  return db.selectFrom('govTrustedFlaggers').selectAll().where('reporterId', '=', reporterId).executeTakeFirst();
}

export async function upsertTrustedFlagger(db: Db, row: Insertable<GovTrustedFlaggersTable>) {
  return db
    .insertInto('govTrustedFlaggers')
    .values(row)
    .onConflict((oc) =>
      oc.column('reporterId').doUpdateSet({
        name: row.name,
        note: row.note ?? null,
        active: true,
        grantedBy: row.grantedBy,
        grantedAt: row.grantedAt,
        revokedBy: null,
        revokedAt: null,
        revokeReason: null,
        updatedAt: row.updatedAt,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function revokeTrustedFlaggerRow(db: Db, reporterId: string, by: string, at: Date, reason: string | null) {
  return db
    .updateTable('govTrustedFlaggers')
    .set({ active: false, revokedBy: by, revokedAt: at, revokeReason: reason, updatedAt: at })
    .where('reporterId', '=', reporterId)
    .returningAll()
    .executeTakeFirst();
}

export async function listTrustedFlaggerRows(db: Db, active?: boolean): Promise<TrustedFlaggerRow[]> {
  let q = db.selectFrom('govTrustedFlaggers').selectAll().orderBy('grantedAt').orderBy('reporterId');
  if (active !== undefined) q = q.where('active', '=', active);
  return q.execute();
}

export interface FlaggerCounts {
  reporterId: string;
  filed: number;
  decided: number;
  violated: number;
}

/** Per trusted flagger: first reports filed while trusted, those decided, those that found a violation. */
export async function countFlaggerReports(db: Db, reporterIds: readonly string[]): Promise<FlaggerCounts[]> {
  if (reporterIds.length === 0) return [];
  const rows = await db
    .selectFrom('govReports')
    .select([
      'trustedFlagger',
      sql<number>`count(*)::int`.as('filed'),
      sql<number>`(count(*) filter (where outcome is not null))::int`.as('decided'),
      sql<number>`(count(*) filter (where outcome = 'violation'))::int`.as('violated'),
    ])
    .where('trustedFlagger', 'in', reporterIds)
    .where('mergedInto', 'is', null)
    .groupBy('trustedFlagger')
    .execute();
  return rows.map((r) => ({
    reporterId: r.trustedFlagger ?? '',
    filed: Number(r.filed),
    decided: Number(r.decided),
    violated: Number(r.violated),
  }));
}
