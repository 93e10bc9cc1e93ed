import { http } from '../../api/http-client';
import type { ContentKind, LexiconCategory } from './screening.types';

export type LexiconKind = 'terms' | 'allow';

export interface LexiconSummary {
  name: string;
  kind: LexiconKind;
  version: number;
  entryCount: number;
  updatedAt: string;
  updatedBy: string;
}

export interface TermEntry {
  term: string;
  category: LexiconCategory;
  severity: number;
  /** Empty means every kind. */
  kinds: ContentKind[];
  productCategories?: { only?: string[]; except?: string[] };
  tags?: string[];
  variants?: boolean;
  pinyinVariants?: boolean;
}

/** A word that contains a term but is harmless (最近 contains 最). */
export interface AllowEntry {
  term: string;
  note?: string;
}

export type LexiconEntry = TermEntry | AllowEntry;

export interface EntryQuery {
  version?: number;
  q?: string;
  category?: string;
  limit: number;
  offset: number;
}

export interface LexiconPage {
  name: string;
  kind: LexiconKind;
  version: number;
  total: number;
  entries: LexiconEntry[];
}

export interface LexiconVersion {
  version: number;
  createdAt: string;
  createdBy: string;
  note: string | null;
  entryCount: number;
  added: number;
  removed: number;
  changed: number;
}

export interface LexiconDiff {
  from: number;
  to: number;
  added: LexiconEntry[];
  removed: LexiconEntry[];
  changed: { before: LexiconEntry; after: LexiconEntry }[];
}

export interface EntryKey {
  term: string;
  category?: string;
}

export interface LexiconEdit {
  /** The version the editor saw; the server refuses the edit when it is no longer current. */
  baseVersion: number;
  upsert?: LexiconEntry[];
  remove?: EntryKey[];
  note?: string;
}

export const lexiconFormats = ['txt', 'csv', 'json'] as const;
export type LexiconFormat = (typeof lexiconFormats)[number];

export interface LexiconImport {
  format: LexiconFormat;
  content: string;
  mode: 'merge' | 'replace';
  baseVersion: number;
  note?: string;
}

export interface EditResult {
  version: number;
  added: number;
  removed: number;
  changed: number;
}

const base = (name: string) => `/v1/screening/lexicons/${encodeURIComponent(name)}`;

export const lexiconsApi = {
  list: () => http.get<{ items: LexiconSummary[] }>('/v1/screening/lexicons').then((body) => body.items),
  entries: (name: string, query: EntryQuery) => http.get<LexiconPage>(base(name), { ...query }),
  versions: (name: string) =>
    http.get<{ items: LexiconVersion[] }>(`${base(name)}/versions`).then((body) => body.items),
  diff: (name: string, from: number, to: number) => http.get<LexiconDiff>(`${base(name)}/diff`, { from, to }),
  edit: (name: string, edit: LexiconEdit) => http.post<EditResult>(`${base(name)}/edits`, edit),
  import: (name: string, input: LexiconImport) => http.post<EditResult>(`${base(name)}/import`, input),
};

/** The export is a file, not JSON: the browser downloads it straight from this address with the session cookie. */
export function lexiconExportUrl(name: string, format: LexiconFormat, version?: number): string {
  const params = new URLSearchParams({ format });
  if (version !== undefined) params.set('version', String(version));
  return `${base(name)}/export?${params}`;
}
