import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { CaseRow } from '../cases/case-record.js';
import type { CaseSubjectKind } from '../governance.tables.js';
import type { AppealRow } from './appeal-record.js';
import type { AppealStatus, GovAppealsTable } from './appeals.tables.js';

export async function insertAppeal(db: Db, row: Insertable<GovAppealsTable>): Promise<AppealRow> {
  return db.insertInto('govAppeals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateAppeal(db: Db, id: string, patch: Updateable<GovAppealsTable>): Promise<AppealRow> {
  return db.updateTable('govAppeals').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function findAppeal(db: Db, id: string): Promise<AppealRow | undefined> {
  return db.selectFrom('govAppeals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockAppeal(db: Db, id: string): Promise<AppealRow | undefined> {
  return db.selectFrom('govAppeals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findOpenAppealOf(db: Db, decisionId: string): Promise<AppealRow | undefined> {
  return db
    .selectFrom('govAppeals')
    .selectAll()
    .where('decisionId', '=', decisionId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function findOpenAppealOfCase(db: Db, caseId: string): Promise<AppealRow | undefined> {
  return db
    .selectFrom('govAppeals')
    .selectAll()
    .where('caseId', '=', caseId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export interface AppealFilters {
  status?: AppealStatus;
  decisionId?: string;
  caseId?: string;
  subjectId?: string;
  subjectKinds?: readonly CaseSubjectKind[];
  limit: number;
}

export async function listAppealRows(db: Db, f: AppealFilters): Promise<AppealRow[]> {
  let q = db.selectFrom('govAppeals').selectAll();
  if (f.status) q = q.where('status', '=', f.status);
  if (f.decisionId) q = q.where('decisionId', '=', f.decisionId);
  if (f.caseId) q = q.where('caseId', '=', f.caseId);
  if (f.subjectId) q = q.where('subjectId', '=', f.subjectId);
  if (f.subjectKinds) {
    if (f.subjectKinds.length === 0) return [];
    q = q.where('subjectKind', 'in', f.subjectKinds);
  }
  return q.orderBy('filedAt', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}

/**
 * The most urgent unclaimed case of the appeals queue whose appealed decision the reviewer had no
 * hand in (neither decided nor confirmed it); skips cases another reviewer is claiming.
 */
export async function lockNextAppealCase(db: Db, queue: string, actor: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('govCases')
    .selectAll()
    .where('queue', '=', queue)
    .where('state', '=', 'appealed')
    .where('assignee', 'is', null)
    .where('id', 'in', (sub) =>
      sub
        .selectFrom('govAppeals')
        .innerJoin('govDecisions', 'govDecisions.id', 'govAppeals.decisionId')
        .select('govAppeals.caseId')
        .where('govAppeals.status', '=', 'open')
        .where('govDecisions.decidedBy', '<>', actor)
        .where((eb) =>
          eb.or([eb('govDecisions.confirmedBy', 'is', null), eb('govDecisions.confirmedBy', '<>', actor)]),
        ),
    )
    .orderBy('priorityRank', 'desc')
    .orderBy('dueAt')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}
