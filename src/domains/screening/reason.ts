import type { ScreenFinding } from './engine/screen-text.js';

/**
 * A short reason for people: the most severe finding categories (two at most) with their terms,
 * e.g. `counterfeit: 高仿, 原单; diversion: 加微信`.
 */
export function findingsReason(findings: readonly ScreenFinding[]): string {
  const byCategory = new Map<string, { severity: number; terms: string[] }>();
  for (const f of findings) {
    const c = byCategory.get(f.category) ?? { severity: 0, terms: [] };
    if (f.severity > c.severity) c.severity = f.severity;
    // A detector's term (contact:mobile) says less than the text it found.
    const term = f.term.includes(':') ? f.text.slice(0, 24) : f.term;
    if (!c.terms.includes(term) && c.terms.length < 3) c.terms.push(term);
    byCategory.set(f.category, c);
  }
  const parts = [...byCategory]
    .sort((a, b) => b[1].severity - a[1].severity)
    .slice(0, 2)
    .map(([category, c]) => `${category}: ${c.terms.join(', ')}`);
  return parts.join('; ').slice(0, 300);
}
