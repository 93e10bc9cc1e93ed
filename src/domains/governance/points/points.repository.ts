import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { Track } from '../rules/violation-catalogue.js';
import type { GovPointEntriesTable, GovPointFiringsTable } from './points.tables.js';

// Queries on gov_point_entries and gov_point_firings only.

export type PointEntryRow = Selectable<GovPointEntriesTable>;
export type FiringRow = Selectable<GovPointFiringsTable>;

export interface SubjectRef {
  kind: 'merchant' | 'host' | 'user';
  id: string;
}

/**
 * Serialises point bookkeeping per subject until the transaction ends, so two decisions on one
 * merchant at once cannot both see a total below a threshold and both fire it (or neither).
 */
export async function lockLedger(db: Db, s: SubjectRef): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`gov_points:${s.kind}:${s.id}`}))`.execute(db);
}

export async function listEntries(db: Db, s: SubjectRef): Promise<PointEntryRow[]> {
  return db
    .selectFrom('govPointEntries')
    .selectAll()
    .where('subjectKind', '=', s.kind)
    .where('subjectId', '=', s.id)
    .orderBy('decidedAt')
    .orderBy('id')
    .execute();
}

export async function insertEntry(db: Db, row: Insertable<GovPointEntriesTable>): Promise<PointEntryRow> {
  return db.insertInto('govPointEntries').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function reverseEntryOf(db: Db, decisionId: string, at: Date): Promise<PointEntryRow | undefined> {
  return db
    .updateTable('govPointEntries')
    .set({ reversed: true, reversedAt: at })
    .where('decisionId', '=', decisionId)
    .where('reversed', '=', false)
    .returningAll()
    .executeTakeFirst();
}

export async function listFirings(db: Db, s: SubjectRef, track?: Track): Promise<FiringRow[]> {
  let q = db.selectFrom('govPointFirings').selectAll().where('subjectKind', '=', s.kind).where('subjectId', '=', s.id);
  if (track) q = q.where('track', '=', track);
  return q.orderBy('firedAt').orderBy('id').execute();
}

export async function insertFiring(db: Db, row: Insertable<GovPointFiringsTable>): Promise<FiringRow> {
  return db.insertInto('govPointFirings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function reverseFirings(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('govPointFirings').set({ reversed: true, reversedAt: at }).where('id', 'in', ids).execute();
}

export async function firingsOfDecision(db: Db, decisionId: string): Promise<FiringRow[]> {
  return db
    .selectFrom('govPointFirings')
    .selectAll()
    .where('decisionId', '=', decisionId)
    .where('reversed', '=', false)
    .execute();
}
