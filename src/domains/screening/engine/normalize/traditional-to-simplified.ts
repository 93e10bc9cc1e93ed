import { T2S_PACKED } from './t2s-map.js';

// Traditional → Simplified as one-unit folds for char-classes' `unitMap`: the class map folds
// text and patterns alike, so a Simplified lexicon finds Traditional text at its original offsets.

let pairs: [string, string][] | undefined;
let table: Map<string, string> | undefined;

/** Every Traditional → Simplified pair, each side one UTF-16 code unit. */
export function t2sPairs(): readonly (readonly [string, string])[] {
  if (!pairs) {
    pairs = [];
    for (let i = 0; i + 1 < T2S_PACKED.length; i += 2) pairs.push([T2S_PACKED[i], T2S_PACKED[i + 1]]);
  }
  return pairs;
}

/** The Simplified form of one character, or the character itself. */
export function toSimplifiedChar(ch: string): string {
  table ??= new Map(t2sPairs());
  return table.get(ch) ?? ch;
}

/** Character-by-character conversion (no phrase rules): what the matcher sees, for tests and display. */
export function toSimplified(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += toSimplifiedChar(text[i]);
  return out;
}
