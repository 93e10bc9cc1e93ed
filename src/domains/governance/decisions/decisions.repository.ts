import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { SanctionAction } from '../rules/sanction-actions.js';
import type { GovDecisionsTable, GovSanctionsTable, SanctionStatus } from './decisions.tables.js';

// Queries on gov_decisions and gov_sanctions only; the rules live in rules/ and the use cases here.

export type DecisionRow = Selectable<GovDecisionsTable>;
export type SanctionRow = Selectable<GovSanctionsTable>;

export async function insertDecision(db: Db, row: Insertable<GovDecisionsTable>): Promise<DecisionRow> {
  return db.insertInto('govDecisions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateDecision(db: Db, id: string, patch: Updateable<GovDecisionsTable>): Promise<DecisionRow> {
  return db.updateTable('govDecisions').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function findDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('govDecisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('govDecisions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function hasPendingDecision(db: Db, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('govDecisions')
    .select('id')
    .where('caseId', '=', caseId)
    .where('status', '=', 'pending_confirmation')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertSanctions(db: Db, rows: Insertable<GovSanctionsTable>[]): Promise<SanctionRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('govSanctions').values(rows).returningAll().execute();
}

export async function lockSanction(db: Db, id: string): Promise<SanctionRow | undefined> {
  return db.selectFrom('govSanctions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function endSanction(
  db: Db,
  id: string,
  status: Extract<SanctionStatus, 'expired' | 'lifted'>,
  at: Date,
  by: string,
): Promise<SanctionRow> {
  return db
    .updateTable('govSanctions')
    .set({ status, endedAt: at, endedBy: by })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Sanctions of these decisions (or threshold firings) that can still be undone, locked, in id order. */
export async function lockLiftableSanctions(
  db: Db,
  by: { decisionId?: string; firingIds?: readonly string[] },
): Promise<SanctionRow[]> {
  let q = db
    .selectFrom('govSanctions')
    .selectAll()
    .where((eb) =>
      eb.or([eb('status', '=', 'active'), eb.and([eb('status', '=', 'applied'), eb('action', '=', 'deduct_deposit')])]),
    );
  if (by.decisionId !== undefined) q = q.where('decisionId', '=', by.decisionId);
  if (by.firingIds !== undefined) {
    if (by.firingIds.length === 0) return [];
    q = q.where('firingId', 'in', by.firingIds);
  }
  return q.orderBy('seq').forUpdate().execute();
}

/** The other active sanctions with the same action on the same account or item. */
export async function activeSameMeasure(
  db: Db,
  action: SanctionAction,
  appliesToKind: string,
  appliesToId: string,
): Promise<SanctionRow[]> {
  return db
    .selectFrom('govSanctions')
    .selectAll()
    .where('action', '=', action)
    .where('appliesToKind', '=', appliesToKind)
    .where('appliesToId', '=', appliesToId)
    .where('status', '=', 'active')
    .orderBy('seq')
    .execute();
}

export async function listSanctionsOfDecision(db: Db, decisionId: string): Promise<SanctionRow[]> {
  return db.selectFrom('govSanctions').selectAll().where('decisionId', '=', decisionId).orderBy('seq').execute();
}

export interface SanctionFilters {
  subjectKind?: string;
  /** The kinds a party may see; absent for staff. */
  subjectKinds?: readonly string[];
  subjectId?: string;
  status?: SanctionStatus;
  decisionId?: string;
  limit: number;
}

export async function listSanctionRows(db: Db, f: SanctionFilters): Promise<SanctionRow[]> {
  let q = db.selectFrom('govSanctions').selectAll().orderBy('startsAt', 'desc').orderBy('seq', 'desc').limit(f.limit);
  if (f.subjectKind !== undefined) q = q.where('subjectKind', '=', f.subjectKind as SanctionRow['subjectKind']);
  if (f.subjectKinds !== undefined) {
    if (f.subjectKinds.length === 0) return [];
    q = q.where('subjectKind', 'in', f.subjectKinds as SanctionRow['subjectKind'][]);
  }
  if (f.subjectId !== undefined) q = q.where('subjectId', '=', f.subjectId);
  if (f.status !== undefined) q = q.where('status', '=', f.status);
  if (f.decisionId !== undefined) q = q.where('decisionId', '=', f.decisionId);
  return q.execute();
}
