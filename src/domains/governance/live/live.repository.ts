import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { GovQcSubmissionsTable } from './live.tables.js';

// Queries for live-stream control: its own gov_qc_submissions, and reads of the host's history
// in the other governance tables (decisions, sanctions, reports, cases).

export type QcSubmissionRow = Selectable<GovQcSubmissionsTable>;

/** The sanctions that keep a host off the air, in force at `now`. */
export const LIVE_BLOCKING_ACTIONS = ['suspend_live', 'suspend_account', 'terminate_account'] as const;

export async function findBlockingSanction(db: Db, hostId: string, now: Date) {
  return (
    db
      .selectFrom('govSanctions')
      .select(['id', 'action', 'startsAt', 'endsAt', 'decisionId', 'reason'])
      .where('subjectKind', '=', 'host')
      .where('subjectId', '=', hostId)
      .where('status', '=', 'active')
      .where('action', 'in', LIVE_BLOCKING_ACTIONS)
      .where('startsAt', '<=', now)
      .where((eb) => eb.or([eb('endsAt', 'is', null), eb('endsAt', '>', now)]))
      // The one that lasts longest is the one that matters: open-ended first, then the latest end.
      .orderBy((eb) => eb.case().when('endsAt', 'is', null).then(0).else(1).end())
      .orderBy('endsAt', 'desc')
      .executeTakeFirst()
  );
}

export async function countActiveSanctions(db: Db, hostId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('govSanctions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('subjectKind', '=', 'host')
    .where('subjectId', '=', hostId)
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('endsAt', 'is', null), eb('endsAt', '>', now)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** When each decision in effect that found a violation against the host took effect, since `since`. */
export async function violationTimes(db: Db, hostId: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('govDecisions')
    .select(['effectiveAt', 'decidedAt'])
    .where('subjectKind', '=', 'host')
    .where('subjectId', '=', hostId)
    .where('status', '=', 'in_effect')
    .where('violationType', 'is not', null)
    .where('decidedAt', '>=', since)
    .execute();
  return rows.map((r) => r.effectiveAt ?? r.decidedAt);
}

/** Reports about the host since `since` (duplicates merged away) and the live sessions they name. */
export async function reportsAbout(db: Db, hostId: string, since: Date) {
  return db
    .selectFrom('govReports')
    .select(['targetKind', 'targetId'])
    .where('subjectKind', '=', 'host')
    .where('subjectId', '=', hostId)
    .where('mergedInto', 'is', null)
    .where('receivedAt', '>=', since)
    .execute();
}

/** The live sessions of the host that Xinren opened cases on since `since`. */
export async function sessionsWithCases(db: Db, hostId: string, since: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('govCases')
    .select('targetId')
    .distinct()
    .where('subjectKind', '=', 'host')
    .where('subjectId', '=', hostId)
    .where('targetKind', '=', 'live_session')
    .where('openedAt', '>=', since)
    .execute();
  return rows.map((r) => r.targetId);
}

/** The latest submission per listing of a host that still counts: passed and valid, or pending. */
export async function currentSubmissions(
  db: Db,
  hostId: string,
  listingIds: readonly string[],
  now: Date,
): Promise<QcSubmissionRow[]> {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('govQcSubmissions')
    .selectAll()
    .where('hostId', '=', hostId)
    .where('listingId', 'in', listingIds)
    .where((eb) =>
      eb.or([eb('state', '=', 'pending'), eb.and([eb('state', '=', 'passed'), eb('validUntil', '>', now)])]),
    )
    .orderBy('submittedAt', 'desc')
    .execute();
}

export async function insertSubmission(db: Db, row: Insertable<GovQcSubmissionsTable>): Promise<QcSubmissionRow> {
  return db.insertInto('govQcSubmissions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findSubmission(db: Db, id: string): Promise<QcSubmissionRow | undefined> {
  return db.selectFrom('govQcSubmissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockSubmission(db: Db, id: string): Promise<QcSubmissionRow | undefined> {
  return db.selectFrom('govQcSubmissions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateSubmission(
  db: Db,
  id: string,
  patch: Partial<Pick<QcSubmissionRow, 'state' | 'decidedBy' | 'decidedAt' | 'reason' | 'validUntil' | 'caseId'>>,
): Promise<QcSubmissionRow> {
  return db.updateTable('govQcSubmissions').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function countPendingOfCase(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('govQcSubmissions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('caseId', '=', caseId)
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertProposals(db: Db, rows: { caseId: string; proposal: unknown; proposedAt: Date }[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('govSanctionProposals')
    .values(rows.map((r) => ({ ...r, proposal: JSON.stringify(r.proposal) })))
    .onConflict((oc) => oc.column('caseId').doNothing())
    .execute();
}

export async function findProposal(db: Db, caseId: string) {
  return db.selectFrom('govSanctionProposals').selectAll().where('caseId', '=', caseId).executeTakeFirst();
}
