import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so that every entry links to the one before it, across processes.
const AUDIT_LOCK_KEY = 7_314_264_002;

export interface AuditInput {
  actor: string;
  action: string;
  subject: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface AuditEntry extends Required<Omit<AuditInput, 'reason'>> {
  seq: number;
  id: string;
  at: Date;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export function hashEntry(prevHash: string, e: Omit<AuditEntry, 'seq' | 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    before: e.before ?? null,
    after: e.after ?? null,
    reason: e.reason ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends an entry to the hash-chained audit log. Call it with the transaction that makes the
 * change being recorded, so the entry exists exactly when the change does.
 */
export async function appendAudit(db: Db, clock: Clock, input: AuditInput): Promise<AuditEntry> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, clock, input));
  await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_LOCK_KEY)})`.execute(db);
  const last = await db.selectFrom('auditEntries').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const entry = {
    id: newId('aud'),
    at: clock.now(),
    actor: input.actor,
    action: input.action,
    subject: input.subject,
    before: input.before ?? null,
    after: input.after ?? null,
    reason: input.reason ?? null,
  };
  const hash = hashEntry(prevHash, entry);
  const row = await db
    .insertInto('auditEntries')
    .values({
      ...entry,
      before: entry.before === null ? null : canonicalJson(entry.before),
      after: entry.after === null ? null : canonicalJson(entry.after),
      prevHash,
      hash,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  return { ...entry, seq: row.seq, prevHash, hash };
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken: null | { seq: number; id: string; reason: string };
}

/** Walks the whole chain in order and names the first entry that does not hold. */
export async function verifyAuditChain(db: Db, onProgress?: (checked: number) => void): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterSeq = 0;
  let checked = 0;
  const pageSize = 2_000;
  for (;;) {
    const rows = await db
      .selectFrom('auditEntries')
      .selectAll()
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return broken(
          checked,
          row,
          'the link to the previous entry is broken: an entry before it was removed or altered',
        );
      }
      const expected = hashEntry(prevHash, { ...row, before: row.before ?? null, after: row.after ?? null });
      if (expected !== row.hash)
        return broken(checked, row, 'the content does not match its hash: this entry was altered');
      prevHash = row.hash;
      afterSeq = row.seq;
      checked++;
    }
    onProgress?.(checked);
    if (rows.length < pageSize) return { ok: true, checked, firstBroken: null };
  }
}

function broken(checked: number, row: { seq: number; id: string }, reason: string): AuditVerification {
  return { ok: false, checked, firstBroken: { seq: row.seq, id: row.id, reason } };
}

export async function listAudit(db: Db, limit: number) {
  return db.selectFrom('auditEntries').selectAll().orderBy('seq', 'desc').limit(limit).execute();
}
