import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import type { IdentifierHash, IdentifierKind, IdentitySubjectKind } from './identity-hash.js';

// Queries on gov_identity_fingerprints and gov_account_standing only; the rules live beside.

export interface SubjectRef {
  kind: IdentitySubjectKind;
  id: string;
}

export async function upsertFingerprints(
  db: Db,
  subject: SubjectRef,
  hashes: readonly IdentifierHash[],
  now: Date,
): Promise<void> {
  if (hashes.length === 0) return;
  await db
    .insertInto('govIdentityFingerprints')
    .values(
      hashes.map((h) => ({
        subjectKind: subject.kind,
        subjectId: subject.id,
        identifierKind: h.kind,
        hash: h.hash,
        firstSeenAt: now,
        lastSeenAt: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['subjectKind', 'subjectId', 'identifierKind', 'hash']).doUpdateSet({ lastSeenAt: now }),
    )
    .execute();
}

export interface FingerprintMatch {
  subjectKind: IdentitySubjectKind;
  subjectId: string;
  identifierKind: IdentifierKind;
  banned: boolean;
  bannedAt: Date | null;
  suspendedUntil: Date | null;
}

/** Accounts banned or suspended at `now` that share one of these hashes. */
export async function findStandingMatches(
  db: Db,
  hashes: readonly IdentifierHash[],
  now: Date,
): Promise<FingerprintMatch[]> {
  if (hashes.length === 0) return [];
  return db
    .selectFrom('govIdentityFingerprints as f')
    .innerJoin('govAccountStanding as s', (j) =>
      j.onRef('s.subjectKind', '=', 'f.subjectKind').onRef('s.subjectId', '=', 'f.subjectId'),
    )
    .select(['f.subjectKind', 'f.subjectId', 'f.identifierKind', 's.banned', 's.bannedAt', 's.suspendedUntil'])
    .where((eb) => eb.or(hashes.map((h) => eb.and([eb('f.identifierKind', '=', h.kind), eb('f.hash', '=', h.hash)]))))
    .where((eb) => eb.or([eb('s.banned', '=', true), eb('s.suspendedUntil', '>', now)]))
    .orderBy('f.subjectKind')
    .orderBy('f.subjectId')
    .execute();
}

export async function findStanding(db: Db, subject: SubjectRef) {
  return db
    .selectFrom('govAccountStanding')
    .selectAll()
    .where('subjectKind', '=', subject.kind)
    .where('subjectId', '=', subject.id)
    .executeTakeFirst();
}

export async function lockStanding(db: Db, subject: SubjectRef) {
  return db
    .selectFrom('govAccountStanding')
    .selectAll()
    .where('subjectKind', '=', subject.kind)
    .where('subjectId', '=', subject.id)
    .forUpdate()
    .executeTakeFirst();
}

export interface StandingPatch {
  banned?: boolean;
  bannedAt?: Date | null;
  banReason?: string | null;
  bannedBy?: string | null;
  suspendedUntil?: Date | null;
  suspensionReason?: string | null;
}

/** Creates the account's standing row or changes it. */
export async function writeStanding(db: Db, subject: SubjectRef, patch: StandingPatch, now: Date) {
  return db
    .insertInto('govAccountStanding')
    .values({
      subjectKind: subject.kind,
      subjectId: subject.id,
      banned: patch.banned ?? false,
      bannedAt: patch.bannedAt ?? null,
      banReason: patch.banReason ?? null,
      bannedBy: patch.bannedBy ?? null,
      suspendedUntil: patch.suspendedUntil ?? null,
      suspensionReason: patch.suspensionReason ?? null,
      updatedAt: now,
    })
    .onConflict((oc) => oc.columns(['subjectKind', 'subjectId']).doUpdateSet({ ...patch, updatedAt: now }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function countFingerprints(db: Db, subject: SubjectRef): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('govIdentityFingerprints')
    .select(['identifierKind', sql<number>`count(*)::int`.as('n')])
    .where('subjectKind', '=', subject.kind)
    .where('subjectId', '=', subject.id)
    .groupBy('identifierKind')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.identifierKind, Number(r.n)]));
}
