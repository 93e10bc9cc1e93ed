import type { AllowEntry, EntryKey, LexiconEntry, LexiconKind, TermEntry } from './lexicons.api';
import type { ContentKind, LexiconCategory } from './screening.types';

export function isTermEntry(entry: LexiconEntry): entry is TermEntry {
  return 'category' in entry;
}

/** What identifies an entry to the server: the term, and for a terms lexicon its category too. */
export function entryKey(entry: LexiconEntry): EntryKey {
  return isTermEntry(entry) ? { term: entry.term, category: entry.category } : { term: entry.term };
}

export const sameKey = (a: EntryKey, b: EntryKey) => a.term === b.term && (a.category ?? '') === (b.category ?? '');

/** The flat shape an entry takes in the form; lists left empty mean "not set". */
export interface EntryFormValues {
  term: string;
  category?: LexiconCategory;
  severity?: number;
  kinds?: ContentKind[];
  only?: string[];
  except?: string[];
  tags?: string[];
  variants?: boolean;
  pinyinVariants?: boolean;
  note?: string;
  /** The note of the version this edit makes, not of the entry. */
  editNote?: string;
}

export function toFormValues(entry: LexiconEntry | null, kind: LexiconKind): EntryFormValues {
  if (!entry)
    return kind === 'terms'
      ? { term: '', severity: 3, kinds: [], variants: false, pinyinVariants: false }
      : { term: '' };
  if (!isTermEntry(entry)) return { term: entry.term, note: entry.note };
  return {
    term: entry.term,
    category: entry.category,
    severity: entry.severity,
    kinds: entry.kinds,
    only: entry.productCategories?.only,
    except: entry.productCategories?.except,
    tags: entry.tags,
    variants: entry.variants ?? false,
    pinyinVariants: entry.pinyinVariants ?? false,
  };
}

const nonEmpty = (list: string[] | undefined) => {
  const items = (list ?? []).map((item) => item.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
};

/** The entry the server expects: optional fields are left out rather than sent empty. */
export function toEntry(values: EntryFormValues, kind: LexiconKind): LexiconEntry {
  const term = values.term.trim();
  if (kind === 'allow') {
    const note = values.note?.trim();
    return { term, ...(note ? { note } : {}) } satisfies AllowEntry;
  }
  const only = nonEmpty(values.only);
  const except = nonEmpty(values.except);
  const tags = nonEmpty(values.tags);
  const entry: TermEntry = {
    term,
    category: values.category as LexiconCategory,
    severity: values.severity ?? 3,
    kinds: values.kinds ?? [],
  };
  if (only || except) entry.productCategories = { ...(only ? { only } : {}), ...(except ? { except } : {}) };
  if (tags) entry.tags = tags;
  if (values.variants) entry.variants = true;
  if (values.pinyinVariants) entry.pinyinVariants = true;
  return entry;
}
