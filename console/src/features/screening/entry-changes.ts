import type { LexiconEntry } from './lexicons.api';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown): string => {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(show).join(', ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${show(inner)}`)
      .join('; ');
  return String(value);
};

/** The fields whose values differ between two versions of one entry, each shown as text. */
export function entryChanges(before: LexiconEntry, after: LexiconEntry): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = show((before as unknown as Record<string, unknown>)[field]);
    const b = show((after as unknown as Record<string, unknown>)[field]);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}
