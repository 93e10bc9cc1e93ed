import type { z } from 'zod';
import {
  type AllowEntry,
  allowEntrySchema,
  type Lexicon,
  type LexiconEntry,
  lexiconEntrySchema,
  lexiconSchema,
} from './lexicon-entry.js';

export type LexiconFormat = 'txt' | 'csv' | 'json';
export const LEXICON_FORMATS: readonly LexiconFormat[] = ['txt', 'csv', 'json'];

/** A lexicon file that can't be read; `line` is 1-based where the format has lines. */
export class LexiconFormatError extends Error {
  readonly code = 'LEXICON_FORMAT_INVALID';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'LexiconFormatError';
  }
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

function checkEntry(raw: unknown, line: number): LexiconEntry {
  const r = lexiconEntrySchema.safeParse(raw);
  if (!r.success) throw new LexiconFormatError(issuesText(r.error), line);
  return r.data;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function splitList(value: string): string[] | undefined {
  const items = value
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return items.length > 0 ? items : undefined;
}

function parseBool(value: string, field: string, line: number): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (v === 'true' || v === '1' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'no') return false;
  throw new LexiconFormatError(`${field} must be true or false, got "${value}"`, line);
}

function parseSeverity(value: string, line: number): number {
  const v = value.trim();
  if (!/^[1-5]$/.test(v)) throw new LexiconFormatError(`severity must be 1–5, got "${value}"`, line);
  return Number(v);
}

interface EntryFields {
  category?: string;
  severity?: number;
  kinds?: string[];
  only?: string[];
  except?: string[];
  tags?: string[];
  variants?: boolean;
  pinyinVariants?: boolean;
}

function buildEntry(term: string, f: EntryFields, line: number): LexiconEntry {
  if (f.category === undefined || f.category === '') {
    throw new LexiconFormatError(`no category for "${term}"`, line);
  }
  const raw: Record<string, unknown> = {
    term,
    category: f.category,
    severity: f.severity ?? 3,
    kinds: f.kinds ?? [],
  };
  if (f.only || f.except) {
    raw.productCategories = { ...(f.only && { only: f.only }), ...(f.except && { except: f.except }) };
  }
  if (f.tags) raw.tags = f.tags;
  if (f.variants !== undefined) raw.variants = f.variants;
  if (f.pinyinVariants !== undefined) raw.pinyinVariants = f.pinyinVariants;
  return checkEntry(raw, line);
}

// ---------------------------------------------------------------------------------------------
// txt: one term a line. `# key=value; key=value` lines set the attributes of the lines after them;
// each header replaces all earlier defaults. Other `#` lines (not starting with `key=`) are comments,
// blank lines are skipped. A term that starts with `#` or `\` is written with a leading `\`.

const TXT_KEYS = new Set(['category', 'severity', 'kinds', 'only', 'except', 'tags', 'variants', 'pinyinvariants']);

function parseTxtHeader(body: string, line: number): EntryFields | undefined {
  if (!/^\s*[A-Za-z]+=/.test(body)) return undefined;
  const f: EntryFields = {};
  for (const part of body.split(/[;\s]+(?=[A-Za-z]+=)/)) {
    const field = part.trim().replace(/;$/, '').trim();
    if (field === '') continue;
    const eq = field.indexOf('=');
    if (eq < 0) throw new LexiconFormatError(`header field without "=": "${field}"`, line);
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (!TXT_KEYS.has(key)) throw new LexiconFormatError(`unknown header field "${key}"`, line);
    switch (key) {
      case 'category':
        f.category = value;
        break;
      case 'severity':
        f.severity = parseSeverity(value, line);
        break;
      case 'kinds':
        f.kinds = splitList(value) ?? [];
        break;
      case 'only':
        f.only = splitList(value);
        break;
      case 'except':
        f.except = splitList(value);
        break;
      case 'tags':
        f.tags = splitList(value);
        break;
      case 'variants':
        f.variants = parseBool(value, 'variants', line);
        break;
      case 'pinyinvariants':
        f.pinyinVariants = parseBool(value, 'pinyinVariants', line);
        break;
    }
  }
  return f;
}

export function parseEntriesTxt(text: string): LexiconEntry[] {
  const lines = stripBom(text).split(/\r\n|\n|\r/);
  let fields: EntryFields = {};
  const out: LexiconEntry[] = [];
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const trimmed = rawLine.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      const header = parseTxtHeader(trimmed.slice(1), line);
      if (header) fields = header;
      return;
    }
    const term = trimmed.startsWith('\\') ? trimmed.slice(1) : trimmed;
    out.push(buildEntry(term, fields, line));
  });
  return out;
}

function txtHeader(e: LexiconEntry): string {
  const parts = [`category=${e.category}`, `severity=${e.severity}`];
  if (e.kinds.length) parts.push(`kinds=${e.kinds.join('|')}`);
  if (e.productCategories?.only) parts.push(`only=${e.productCategories.only.join('|')}`);
  if (e.productCategories?.except) parts.push(`except=${e.productCategories.except.join('|')}`);
  if (e.tags) parts.push(`tags=${e.tags.join('|')}`);
  if (e.variants !== undefined) parts.push(`variants=${e.variants}`);
  if (e.pinyinVariants !== undefined) parts.push(`pinyinVariants=${e.pinyinVariants}`);
  return `# ${parts.join('; ')}`;
}

export function formatEntriesTxt(entries: readonly LexiconEntry[]): string {
  const out: string[] = [];
  let current: string | undefined;
  for (const e of entries) {
    const header = txtHeader(e);
    if (header !== current) {
      out.push(header);
      current = header;
    }
    out.push(e.term.startsWith('#') || e.term.startsWith('\\') ? `\\${e.term}` : e.term);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

// ---------------------------------------------------------------------------------------------
// csv (RFC 4180): quoted fields may hold commas, quotes ("") and line breaks. Records carry the
// line they start on, so errors point at the right place.

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): CsvRecord[] {
  const src = stripBom(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < src.length) {
    const c = src[i];
    if (atFieldStart && c === '"') {
      const openLine = line;
      i++;
      for (;;) {
        if (i >= src.length) throw new LexiconFormatError('unterminated quoted field', openLine);
        const q = src[i];
        if (q === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      atFieldStart = false;
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new LexiconFormatError('unexpected character after closing quote', line);
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + (rows.length ? '\n' : '');
}

export const CSV_COLUMNS = [
  'term',
  'category',
  'severity',
  'kinds',
  'productCategoriesOnly',
  'productCategoriesExcept',
  'tags',
  'variants',
  'pinyinVariants',
] as const;
const REQUIRED_CSV_COLUMNS = ['term', 'category'];

function headerIndex(record: CsvRecord, known: readonly string[], required: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  record.fields.forEach((name, i) => {
    const n = name.trim();
    if (!known.includes(n)) throw new LexiconFormatError(`unknown column "${n}"`, record.line);
    if (index.has(n)) throw new LexiconFormatError(`duplicate column "${n}"`, record.line);
    index.set(n, i);
  });
  for (const r of required) {
    if (!index.has(r)) throw new LexiconFormatError(`missing column "${r}"`, record.line);
  }
  return index;
}

export function parseEntriesCsv(text: string): LexiconEntry[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const col = headerIndex(header, CSV_COLUMNS, REQUIRED_CSV_COLUMNS);
  return rows.map(({ line, fields }) => {
    if (fields.length > header.fields.length) {
      throw new LexiconFormatError(`${fields.length} fields, the header has ${header.fields.length}`, line);
    }
    const get = (name: string) => {
      const i = col.get(name);
      return i === undefined ? '' : (fields[i] ?? '');
    };
    const severity = get('severity').trim();
    return buildEntry(
      get('term').trim(),
      {
        category: get('category').trim(),
        severity: severity === '' ? undefined : parseSeverity(severity, line),
        kinds: splitList(get('kinds')),
        only: splitList(get('productCategoriesOnly')),
        except: splitList(get('productCategoriesExcept')),
        tags: splitList(get('tags')),
        variants: parseBool(get('variants'), 'variants', line),
        pinyinVariants: parseBool(get('pinyinVariants'), 'pinyinVariants', line),
      },
      line,
    );
  });
}

export function formatEntriesCsv(entries: readonly LexiconEntry[]): string {
  const hasVariants = entries.some((e) => e.variants !== undefined);
  const hasPinyin = entries.some((e) => e.pinyinVariants !== undefined);
  const columns = CSV_COLUMNS.filter((c) => (c !== 'variants' || hasVariants) && (c !== 'pinyinVariants' || hasPinyin));
  const cell = (e: LexiconEntry, c: (typeof CSV_COLUMNS)[number]): string => {
    switch (c) {
      case 'term':
        return e.term;
      case 'category':
        return e.category;
      case 'severity':
        return String(e.severity);
      case 'kinds':
        return e.kinds.join('|');
      case 'productCategoriesOnly':
        return e.productCategories?.only?.join('|') ?? '';
      case 'productCategoriesExcept':
        return e.productCategories?.except?.join('|') ?? '';
      case 'tags':
        return e.tags?.join('|') ?? '';
      case 'variants':
        return e.variants === undefined ? '' : String(e.variants);
      case 'pinyinVariants':
        return e.pinyinVariants === undefined ? '' : String(e.pinyinVariants);
    }
  };
  return formatCsv([columns, ...entries.map((e) => columns.map((c) => cell(e, c)))]);
}

/** Allow-list csv: `term,note`. */
export function parseAllowCsv(text: string): AllowEntry[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const col = headerIndex(header, ['term', 'note'], ['term']);
  return rows.map(({ line, fields }) => {
    const note = fields[col.get('note') ?? -1]?.trim();
    const raw = { term: (fields[col.get('term')!] ?? '').trim(), ...(note ? { note } : {}) };
    const r = allowEntrySchema.safeParse(raw);
    if (!r.success) throw new LexiconFormatError(issuesText(r.error), line);
    return r.data;
  });
}

export function formatAllowCsv(allow: readonly AllowEntry[]): string {
  return formatCsv([['term', 'note'], ...allow.map((a) => [a.term, a.note ?? ''])]);
}

// ---------------------------------------------------------------------------------------------
// json: the Lexicon itself.

export function parseLexiconJson(text: string): Lexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (e) {
    const m = /line (\d+)/.exec(String(e));
    throw new LexiconFormatError(`not JSON: ${(e as Error).message}`, m ? Number(m[1]) : undefined);
  }
  const r = lexiconSchema.safeParse(raw);
  if (!r.success) throw new LexiconFormatError(issuesText(r.error));
  return r.data;
}

export function formatLexiconJson(lexicon: Lexicon): string {
  return `${JSON.stringify(lexicon, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------

/** Reads a lexicon file; txt and csv carry entries only, so name, version and allow come from `meta`. */
export function importLexicon(
  text: string,
  format: LexiconFormat,
  meta: { name: string; version: string; allow?: AllowEntry[] },
): Lexicon {
  if (format === 'json') return parseLexiconJson(text);
  const entries = format === 'txt' ? parseEntriesTxt(text) : parseEntriesCsv(text);
  const r = lexiconSchema.safeParse({ name: meta.name, version: meta.version, entries, allow: meta.allow ?? [] });
  if (!r.success) throw new LexiconFormatError(issuesText(r.error));
  return r.data;
}

export function exportLexicon(lexicon: Lexicon, format: LexiconFormat): string {
  switch (format) {
    case 'txt':
      return formatEntriesTxt(lexicon.entries);
    case 'csv':
      return formatEntriesCsv(lexicon.entries);
    case 'json':
      return formatLexiconJson(lexicon);
  }
}
