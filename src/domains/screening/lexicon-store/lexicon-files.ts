import { type AllowEntry, allowEntrySchema, type LexiconEntry } from '../lexicon/lexicon-entry.js';
import {
  formatAllowCsv,
  formatEntriesCsv,
  formatEntriesTxt,
  formatLexiconJson,
  type LexiconFormat,
  LexiconFormatError,
  parseAllowCsv,
  parseEntriesCsv,
  parseEntriesTxt,
  parseLexiconJson,
} from '../lexicon/lexicon-io.js';
import { describeEntry, firstDuplicate, type LexiconKind, type StoredEntry, tidyEntry } from './lexicon-diff.js';

// Terms lexicons use lexicon-io's formats as they are. An allow list is csv `term,note`, json a
// Lexicon with empty `entries`, and txt one word a line (`#` starts a comment, a leading `\`
// escapes a word that itself starts with `#` or `\`).

function parseAllowTxt(text: string): AllowEntry[] {
  const out: AllowEntry[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const term = trimmed.startsWith('\\') ? trimmed.slice(1) : trimmed;
    const r = allowEntrySchema.safeParse({ term });
    if (!r.success) throw new LexiconFormatError(r.error.issues.map((x) => x.message).join('; '), i + 1);
    out.push(r.data);
  });
  return out;
}

function formatAllowTxt(allow: readonly AllowEntry[]): string {
  return allow
    .map((a) => (a.term.startsWith('#') || a.term.startsWith('\\') ? `\\${a.term}\n` : `${a.term}\n`))
    .join('');
}

/** Reads a lexicon file into entries of the given kind; throws LexiconFormatError with the line. */
export function parseLexiconFile(kind: LexiconKind, format: LexiconFormat, text: string): StoredEntry[] {
  let entries: StoredEntry[];
  if (format === 'json') {
    const lexicon = parseLexiconJson(text);
    if (kind === 'terms' && lexicon.allow.length > 0) {
      throw new LexiconFormatError('this is a terms lexicon: its file must have an empty "allow"');
    }
    if (kind === 'allow' && lexicon.entries.length > 0) {
      throw new LexiconFormatError('this is an allow list: its file must have an empty "entries"');
    }
    entries = kind === 'terms' ? lexicon.entries : lexicon.allow;
  } else if (kind === 'terms') {
    entries = format === 'txt' ? parseEntriesTxt(text) : parseEntriesCsv(text);
  } else {
    entries = format === 'txt' ? parseAllowTxt(text) : parseAllowCsv(text);
  }
  const dup = firstDuplicate(kind, entries);
  if (dup) throw new LexiconFormatError(`${describeEntry(dup)} appears more than once`);
  return entries;
}

export function formatLexiconFile(
  kind: LexiconKind,
  format: LexiconFormat,
  meta: { name: string; version: number },
  entries: readonly StoredEntry[],
): string {
  if (kind === 'terms') {
    const terms = entries.map((e) => tidyEntry(kind, e as LexiconEntry));
    if (format === 'txt') return formatEntriesTxt(terms);
    if (format === 'csv') return formatEntriesCsv(terms);
    return formatLexiconJson({ name: meta.name, version: String(meta.version), entries: terms, allow: [] });
  }
  const allow = entries.map((e) => tidyEntry(kind, e as AllowEntry));
  if (format === 'txt') return formatAllowTxt(allow);
  if (format === 'csv') return formatAllowCsv(allow);
  return formatLexiconJson({ name: meta.name, version: String(meta.version), entries: [], allow });
}
