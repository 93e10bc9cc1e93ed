import type { z } from 'zod';
import { type AllowEntry, allowEntrySchema, type LexiconEntry, lexiconEntrySchema } from '../lexicon/lexicon-entry.js';
import { ScreeningError, ScreeningErrorCode } from '../screening.errors.js';

export type LexiconKind = 'terms' | 'allow';
export const LEXICON_KINDS: readonly LexiconKind[] = ['terms', 'allow'];
export type StoredEntry = LexiconEntry | AllowEntry;

export interface EntryRef {
  term: string;
  category?: string;
}

export interface LexiconDiff<E extends StoredEntry = StoredEntry> {
  added: E[];
  removed: E[];
  changed: { before: E; after: E }[];
}

// A term may sit in several categories of a terms lexicon (赌 as gambling and as spam), each with
// its own severity; an allow list holds each word once.
export function entryKey(kind: LexiconKind, e: EntryRef): string {
  return kind === 'allow' ? e.term : `${e.category ?? ''}\u0000${e.term}`;
}

/** Key-order independent JSON, so an entry read back from jsonb compares equal to the one written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An entry with its fields in the schema's order (jsonb hands them back in its own order). */
export function tidyEntry<E extends StoredEntry>(kind: LexiconKind, e: E): E {
  const r = (kind === 'allow' ? allowEntrySchema : lexiconEntrySchema).safeParse(e);
  return r.success ? (r.data as E) : e;
}

export function sameEntry(a: StoredEntry, b: StoredEntry): boolean {
  return canonical(a) === canonical(b);
}

export function diffEntries<E extends StoredEntry>(
  kind: LexiconKind,
  before: readonly E[],
  after: readonly E[],
): LexiconDiff<E> {
  const old = new Map(before.map((e) => [entryKey(kind, e), e]));
  const diff: LexiconDiff<E> = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const e of after) {
    const key = entryKey(kind, e);
    seen.add(key);
    const prev = old.get(key);
    if (prev === undefined) diff.added.push(e);
    else if (!sameEntry(prev, e)) diff.changed.push({ before: prev, after: e });
  }
  for (const e of before) if (!seen.has(entryKey(kind, e))) diff.removed.push(e);
  return diff;
}

export function isEmptyDiff(d: LexiconDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

/** Upserts in place (an existing entry keeps its position, new ones go to the end). */
export function mergeEntries<E extends StoredEntry>(
  kind: LexiconKind,
  entries: readonly E[],
  incoming: readonly E[],
): E[] {
  const out = [...entries];
  const at = new Map(out.map((e, i) => [entryKey(kind, e), i]));
  for (const e of incoming) {
    const key = entryKey(kind, e);
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(e);
    } else out[i] = e;
  }
  return out;
}

/** The first repeated key of a list, for the error message. */
export function firstDuplicate(kind: LexiconKind, entries: readonly StoredEntry[]): StoredEntry | undefined {
  const seen = new Set<string>();
  for (const e of entries) {
    const key = entryKey(kind, e);
    if (seen.has(key)) return e;
    seen.add(key);
  }
  return undefined;
}

export function describeEntry(e: EntryRef): string {
  return e.category ? `${e.term} (${e.category})` : e.term;
}

interface Problem {
  path: string;
  message: string;
}

function zodProblems(prefix: string, error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path].join('.'), message: i.message }));
}

function invalid(problems: Problem[]): ScreeningError {
  const shown = problems
    .slice(0, 5)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
  return new ScreeningError(ScreeningErrorCode.InvalidEntry, `${shown}${more}`, { problems });
}

/**
 * Applies an edit to a snapshot. Every problem (an entry the lexicon's kind does not take, a key
 * upserted twice or both upserted and removed, a removal of something absent) is reported at once,
 * and nothing is applied when there is any.
 */
export function applyEdit(
  kind: LexiconKind,
  entries: readonly StoredEntry[],
  edit: { upsert?: readonly unknown[]; remove?: readonly EntryRef[] },
): StoredEntry[] {
  const problems: Problem[] = [];
  const schema = kind === 'allow' ? allowEntrySchema : lexiconEntrySchema;
  const upserts: StoredEntry[] = [];
  const upsertKeys = new Set<string>();
  (edit.upsert ?? []).forEach((raw, i) => {
    const r = schema.safeParse(raw);
    if (!r.success) {
      problems.push(...zodProblems(`upsert.${i}`, r.error));
      return;
    }
    const key = entryKey(kind, r.data);
    if (upsertKeys.has(key)) problems.push({ path: `upsert.${i}`, message: `${describeEntry(r.data)} is given twice` });
    upsertKeys.add(key);
    upserts.push(r.data);
  });
  const removeKeys = new Set<string>();
  const removeTerms = new Set<string>();
  (edit.remove ?? []).forEach((ref, i) => {
    if (kind === 'allow' && ref.category !== undefined) {
      problems.push({ path: `remove.${i}.category`, message: 'allow-list words have no category' });
      return;
    }
    const wholeTerm = kind === 'terms' && ref.category === undefined;
    const present = wholeTerm
      ? entries.some((e) => e.term === ref.term)
      : entries.some((e) => entryKey(kind, e) === entryKey(kind, ref));
    if (!present) {
      problems.push({ path: `remove.${i}`, message: `${describeEntry(ref)} is not in the lexicon` });
      return;
    }
    const clash = wholeTerm ? upserts.some((u) => u.term === ref.term) : upsertKeys.has(entryKey(kind, ref));
    if (clash) problems.push({ path: `remove.${i}`, message: `${describeEntry(ref)} is both upserted and removed` });
    if (wholeTerm) removeTerms.add(ref.term);
    else removeKeys.add(entryKey(kind, ref));
  });
  if (problems.length > 0) throw invalid(problems);
  const kept = entries.filter((e) => !removeTerms.has(e.term) && !removeKeys.has(entryKey(kind, e)));
  return mergeEntries(kind, kept, upserts);
}
