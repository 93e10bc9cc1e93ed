import { sql } from 'kysely';
import { appendAudit } from '../../../platform/audit/audit.service.js';
import { type Clock, systemClock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { loadDefaultLexicons } from '../lexicon/default-lexicons.js';
import { type LexiconFormat, LexiconFormatError } from '../lexicon/lexicon-io.js';
import { ScreeningError, ScreeningErrorCode } from '../screening.errors.js';
import {
  applyEdit,
  diffEntries,
  type EntryRef,
  isEmptyDiff,
  type LexiconDiff,
  type LexiconKind,
  mergeEntries,
  type StoredEntry,
  tidyEntry,
} from './lexicon-diff.js';
import { formatLexiconFile, parseLexiconFile } from './lexicon-files.js';

export const LEXICON_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
/** The allow list the shipped `*-allow.csv` files are seeded into. */
export const DEFAULT_ALLOW_LEXICON = 'allow';
export const SYSTEM_ACTOR = 'system';
// Any constant will do; it only has to be the same in every Xinren process.
const SEED_LOCK_KEY = 7_314_264_101;

export interface LexiconSummary {
  name: string;
  kind: LexiconKind;
  version: number;
  entryCount: number;
  updatedAt: Date;
  updatedBy: string;
}

export interface LexiconVersionInfo {
  version: number;
  createdAt: Date;
  createdBy: string;
  note: string | null;
  entryCount: number;
  added: number;
  removed: number;
  changed: number;
}

export interface LexiconSnapshot {
  name: string;
  kind: LexiconKind;
  version: number;
  entries: StoredEntry[];
}

export interface ChangeResult {
  version: number;
  added: number;
  removed: number;
  changed: number;
}

/** jsonb arrives parsed from both drivers, but a text column or a driver setting may hand a string. */
export function jsonValue<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

function notFound(name: string): ScreeningError {
  return new ScreeningError(ScreeningErrorCode.LexiconNotFound, `no lexicon named ${name}`);
}

export async function listLexicons(db: Db): Promise<LexiconSummary[]> {
  return db
    .selectFrom('scrLexicons')
    .select(['name', 'kind', 'version', 'entryCount', 'updatedAt', 'updatedBy'])
    .orderBy('name')
    .execute();
}

async function lexiconRow(db: Db, name: string) {
  const row = await db
    .selectFrom('scrLexicons')
    .select(['name', 'kind', 'version'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) throw notFound(name);
  return row;
}

/** One version of a lexicon (default: the current one). */
export async function getLexiconSnapshot(db: Db, name: string, version?: number): Promise<LexiconSnapshot> {
  const lex = await lexiconRow(db, name);
  const v = version ?? lex.version;
  const row = await db
    .selectFrom('scrLexiconVersions')
    .select('entries')
    .where('name', '=', name)
    .where('version', '=', v)
    .executeTakeFirst();
  if (!row) {
    throw new ScreeningError(
      ScreeningErrorCode.LexiconVersionNotFound,
      `lexicon ${name} has versions 1 to ${lex.version}, not ${v}`,
    );
  }
  return { name, kind: lex.kind, version: v, entries: jsonValue<StoredEntry[]>(row.entries) };
}

/** Every version of a lexicon, newest first. */
export async function listLexiconVersions(db: Db, name: string): Promise<LexiconVersionInfo[]> {
  await lexiconRow(db, name);
  return db
    .selectFrom('scrLexiconVersions')
    .select(['version', 'createdAt', 'createdBy', 'note', 'entryCount', 'added', 'removed', 'changed'])
    .where('name', '=', name)
    .orderBy('version', 'desc')
    .execute();
}

/** What changed from one version to another (default: from the one before `to`, to the current one). */
export async function diffLexiconVersions(
  db: Db,
  name: string,
  range: { from?: number; to?: number } = {},
): Promise<{ from: number; to: number } & LexiconDiff> {
  const to = await getLexiconSnapshot(db, name, range.to);
  const fromVersion = range.from ?? to.version - 1;
  const before = fromVersion === 0 ? [] : (await getLexiconSnapshot(db, name, fromVersion)).entries;
  const diff = diffEntries(to.kind, before, to.entries);
  const tidy = (e: StoredEntry) => tidyEntry(to.kind, e);
  return {
    from: fromVersion,
    to: to.version,
    added: diff.added.map(tidy),
    removed: diff.removed.map(tidy),
    changed: diff.changed.map((c) => ({ before: tidy(c.before), after: tidy(c.after) })),
  };
}

export interface ChangeRequest {
  name: string;
  baseVersion: number;
  actor: string;
  note?: string;
  /** The kind of a lexicon created by this change (baseVersion 0); default 'terms'. */
  kind?: LexiconKind;
}

function changeSummary(diff: LexiconDiff) {
  // Small changes are recorded term by term; a bulk import only by its counts (the version row
  // holds the whole snapshot anyway).
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  if (total > 100) return {};
  const ref = (e: StoredEntry) => ('category' in e ? { term: e.term, category: e.category } : { term: e.term });
  return {
    addedEntries: diff.added.map(ref),
    removedEntries: diff.removed.map(ref),
    changedEntries: diff.changed.map((c) => ref(c.after)),
  };
}

/**
 * Makes the next version of a lexicon from its current entries, in one transaction with its
 * audit entry. The lexicon row is locked first, so of two changes from the same base version
 * exactly one commits and the other gets screening.version_conflict. A change that changes
 * nothing makes no version.
 */
async function commitChange(
  db: Db,
  clock: Clock,
  req: ChangeRequest,
  action: string,
  next: (kind: LexiconKind, entries: StoredEntry[]) => StoredEntry[],
): Promise<ChangeResult> {
  if (!LEXICON_NAME.test(req.name)) {
    throw new ScreeningError(
      ScreeningErrorCode.InvalidEntry,
      `lexicon names are lower-case letters, digits, ".", "_" and "-" (up to 100): ${req.name}`,
    );
  }
  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    let lex = await trx
      .selectFrom('scrLexicons')
      .select(['kind', 'version'])
      .where('name', '=', req.name)
      .forUpdate()
      .executeTakeFirst();
    if (!lex && req.baseVersion !== 0) throw notFound(req.name);
    if (lex && lex.version !== req.baseVersion) {
      throw new ScreeningError(
        ScreeningErrorCode.VersionConflict,
        `lexicon ${req.name} is at version ${lex.version}, not ${req.baseVersion}: reload it and apply the change again`,
        { currentVersion: lex.version },
      );
    }
    if (lex && req.kind && req.kind !== lex.kind) {
      throw new ScreeningError(ScreeningErrorCode.InvalidEntry, `lexicon ${req.name} is a ${lex.kind} lexicon`);
    }
    let before: StoredEntry[] = [];
    if (lex) {
      const row = await trx
        .selectFrom('scrLexiconVersions')
        .select('entries')
        .where('name', '=', req.name)
        .where('version', '=', lex.version)
        .executeTakeFirstOrThrow();
      before = jsonValue<StoredEntry[]>(row.entries);
    } else {
      // A new lexicon: of two creating it at once, the second finds the row and conflicts.
      const created = await trx
        .insertInto('scrLexicons')
        .values({
          name: req.name,
          kind: req.kind ?? 'terms',
          version: 0,
          entryCount: 0,
          createdAt: now,
          updatedAt: now,
          updatedBy: req.actor,
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning(['kind', 'version'])
        .executeTakeFirst();
      if (!created) {
        throw new ScreeningError(
          ScreeningErrorCode.VersionConflict,
          `lexicon ${req.name} was just created by someone else: reload it and apply the change again`,
        );
      }
      lex = created;
    }
    const after = next(lex.kind, before);
    const diff = diffEntries(lex.kind, before, after);
    if (lex.version > 0 && isEmptyDiff(diff)) return { version: lex.version, added: 0, removed: 0, changed: 0 };
    const version = lex.version + 1;
    const counts = { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
    await trx
      .insertInto('scrLexiconVersions')
      .values({
        name: req.name,
        version,
        entries: JSON.stringify(after),
        entryCount: after.length,
        ...counts,
        note: req.note ?? null,
        createdAt: now,
        createdBy: req.actor,
      })
      .execute();
    await trx
      .updateTable('scrLexicons')
      .set({ version, entryCount: after.length, updatedAt: now, updatedBy: req.actor })
      .where('name', '=', req.name)
      .execute();
    await appendAudit(trx, clock, {
      actor: req.actor,
      action,
      subject: `lexicon:${req.name}`,
      before: { version: lex.version },
      after: { version, kind: lex.kind, entryCount: after.length, ...counts, ...changeSummary(diff) },
      reason: req.note ?? null,
    });
    return { version, ...counts };
  });
}

export async function editLexicon(
  db: Db,
  clock: Clock,
  req: ChangeRequest & { upsert?: readonly unknown[]; remove?: readonly EntryRef[] },
): Promise<ChangeResult> {
  return commitChange(db, clock, req, 'screening.lexicon_edited', (kind, entries) =>
    applyEdit(kind, entries, { upsert: req.upsert, remove: req.remove }),
  );
}

function formatError(err: unknown): never {
  if (err instanceof LexiconFormatError) {
    throw new ScreeningError(ScreeningErrorCode.LexiconFormat, err.message, { line: err.line ?? null });
  }
  throw err;
}

export async function importLexicon(
  db: Db,
  clock: Clock,
  req: ChangeRequest & { format: LexiconFormat; content: string; mode: 'merge' | 'replace' },
): Promise<ChangeResult> {
  return commitChange(db, clock, req, 'screening.lexicon_imported', (kind, entries) => {
    let incoming: StoredEntry[];
    try {
      incoming = parseLexiconFile(kind, req.format, req.content);
    } catch (err) {
      formatError(err);
    }
    return req.mode === 'replace' ? incoming : mergeEntries(kind, entries, incoming);
  });
}

export const EXPORT_CONTENT_TYPES: Record<LexiconFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  // The contract promises text/plain for both line formats; browsers show it rather than download it.
  csv: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export async function exportLexicon(
  db: Db,
  name: string,
  format: LexiconFormat,
  version?: number,
): Promise<{ text: string; version: number; kind: LexiconKind }> {
  const snap = await getLexiconSnapshot(db, name, version);
  return { text: formatLexiconFile(snap.kind, format, snap, snap.entries), version: snap.version, kind: snap.kind };
}

/**
 * Imports the shipped lexicons (data/lexicons/) as version 1 of each, by `system`, when the store
 * holds no lexicon yet: one terms lexicon per csv, and the `*-allow.csv` files as one allow list.
 * Safe to call from every process at start: they take turns on an advisory lock, and only the
 * first finds the store empty.
 */
export async function seedDefaultLexicons(
  db: Db,
  options: { clock?: Clock; dir?: string } = {},
): Promise<{ seeded: string[] }> {
  const any = await db.selectFrom('scrLexicons').select('name').limit(1).executeTakeFirst();
  if (any) return { seeded: [] };
  const clock = options.clock ?? systemClock;
  const defaults = await loadDefaultLexicons(options.dir);
  const lists: { name: string; kind: LexiconKind; entries: StoredEntry[] }[] = defaults.map((l) => ({
    name: l.name,
    kind: 'terms',
    entries: l.entries,
  }));
  // Every default lexicon carries the same merged allow list.
  const allow = defaults[0]?.allow ?? [];
  if (allow.length > 0 && !lists.some((l) => l.name === DEFAULT_ALLOW_LEXICON)) {
    lists.push({ name: DEFAULT_ALLOW_LEXICON, kind: 'allow', entries: allow });
  }
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(SEED_LOCK_KEY)})`.execute(trx);
    const again = await trx.selectFrom('scrLexicons').select('name').limit(1).executeTakeFirst();
    if (again) return { seeded: [] };
    const now = clock.now();
    for (const l of lists) {
      await trx
        .insertInto('scrLexicons')
        .values({
          name: l.name,
          kind: l.kind,
          version: 1,
          entryCount: l.entries.length,
          createdAt: now,
          updatedAt: now,
          updatedBy: SYSTEM_ACTOR,
        })
        .execute();
      await trx
        .insertInto('scrLexiconVersions')
        .values({
          name: l.name,
          version: 1,
          entries: JSON.stringify(l.entries),
          entryCount: l.entries.length,
          added: l.entries.length,
          removed: 0,
          changed: 0,
          note: 'shipped defaults (data/lexicons/)',
          createdAt: now,
          createdBy: SYSTEM_ACTOR,
        })
        .execute();
    }
    await appendAudit(trx, clock, {
      actor: SYSTEM_ACTOR,
      action: 'screening.lexicons_seeded',
      subject: 'lexicons',
      after: { lexicons: lists.map((l) => ({ name: l.name, kind: l.kind, version: 1, entryCount: l.entries.length })) },
      reason: 'shipped defaults (data/lexicons/)',
    });
    return { seeded: lists.map((l) => l.name) };
  });
}

/** The current version of every lexicon with its entries, in name order (for the runtime). */
export async function currentSnapshots(db: Db): Promise<LexiconSnapshot[]> {
  const rows = await db
    .selectFrom('scrLexicons as l')
    .innerJoin('scrLexiconVersions as v', (j) => j.onRef('v.name', '=', 'l.name').onRef('v.version', '=', 'l.version'))
    .select(['l.name', 'l.kind', 'l.version', 'v.entries'])
    .orderBy('l.name')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    kind: r.kind,
    version: r.version,
    entries: jsonValue<StoredEntry[]>(r.entries),
  }));
}

/** The current version of every lexicon, without entries: the runtime's cheap freshness check. */
export async function currentVersions(db: Db): Promise<{ name: string; version: number }[]> {
  return db.selectFrom('scrLexicons').select(['name', 'version']).orderBy('name').execute();
}
