// The class map: every UTF-16 code unit → a small class number, so the automaton's tables are
// sized by the patterns' alphabet (a few thousand classes for a 20k-word Chinese lexicon) rather
// than by 65,536 code units. Folding lives in the map itself: a folded unit gets the class of what
// it folds to, so the scan does one table read per code unit and no separate normalisation pass,
// and offsets stay those of the original text (every fold is one code unit → one code unit).
//
// Hooks for normalisation (part 1):
//  - `unitMap` takes extra one-unit → one-unit folds, e.g. Traditional → Simplified pairs built from
//    opencc-js data (`[['們', '们'], …]`). It composes with width and case folding.
//  - `skip` lists code units that are separators inside a term (加.微.信): they get class SKIP, the
//    scan steps over them without leaving its state, and reported spans still start at the first
//    and end after the last matched unit of the original text. Skip units are removed from the
//    patterns too, so a pattern made only of skip units is ignored.

/** Class 0: the unit occurs in no pattern; the automaton goes back to its root. */
export const NO_CLASS = 0;
/** A separator that is stepped over inside (and between) terms. */
export const SKIP_CLASS = 0xffff;
/** Classes are numbered 1..MAX_CLASSES; the map's element type leaves SKIP_CLASS free. */
export const MAX_CLASSES = 0xfffe;

export interface FoldOptions {
  /** ASCII A–Z → a–z (after width folding, so Ａ → a as well). */
  foldCase?: boolean;
  /** Full-width forms U+FF01–U+FF5E → U+0021–U+007E, ideographic space U+3000 → space. */
  foldWidth?: boolean;
  /** Extra one-code-unit folds applied after width folding and before case folding (e.g. T → S). */
  unitMap?: Iterable<readonly [from: string, to: string]>;
  /** Code units to step over inside terms (separators, zero-width characters). */
  skip?: Iterable<string>;
}

export interface CharClasses {
  /** Code unit → class (NO_CLASS, 1..classCount, or SKIP_CLASS). Length 65,536. */
  readonly classOf: Uint16Array;
  /** Number of real classes; they are numbered 1..classCount. */
  readonly classCount: number;
  /** Whether any unit maps to SKIP_CLASS (the scan then needs to remember positions). */
  readonly hasSkip: boolean;
  /** The fold of one code unit, as the map applies it (for tests and reference searches). */
  fold(unit: number): number;
  /** A pattern as class numbers, skip units removed; NO_CLASS never occurs in it. */
  encode(pattern: string): number[];
}

function singleUnit(s: string, what: string): number {
  if (s.length !== 1) throw new RangeError(`${what} must be exactly one UTF-16 code unit, got ${JSON.stringify(s)}`);
  return s.charCodeAt(0);
}

/** The fold table (code unit → code unit) implied by the options; identity where nothing applies. */
export function buildFoldTable(options: FoldOptions = {}): Uint16Array {
  const fold = new Uint16Array(65_536);
  for (let u = 0; u < 65_536; u++) fold[u] = u;
  if (options.foldWidth) {
    for (let u = 0xff01; u <= 0xff5e; u++) fold[u] = u - 0xfee0;
    fold[0x3000] = 0x20;
  }
  if (options.unitMap) {
    const extra: [number, number][] = [];
    for (const [from, to] of options.unitMap)
      extra.push([singleUnit(from, 'unitMap key'), singleUnit(to, 'unitMap value')]);
    // Apply to every unit whose fold so far is the key, so Ｘ → X → mapped composes too.
    const byTarget = new Map(extra);
    for (let u = 0; u < 65_536; u++) {
      const mapped = byTarget.get(fold[u]);
      if (mapped !== undefined) fold[u] = mapped;
    }
  }
  if (options.foldCase) {
    for (let u = 0; u < 65_536; u++) {
      const f = fold[u];
      if (f >= 0x41 && f <= 0x5a) fold[u] = f + 0x20;
    }
  }
  return fold;
}

/**
 * Builds the class map of a set of patterns. Classes are numbered by descending frequency in the
 * patterns, so the commonest units get the smallest numbers (denser tables).
 */
export function buildCharClasses(patterns: readonly string[], options: FoldOptions = {}): CharClasses {
  const foldTable = buildFoldTable(options);
  const skipUnits = new Set<number>();
  if (options.skip) for (const s of options.skip) for (let i = 0; i < s.length; i++) skipUnits.add(s.charCodeAt(i));
  // A unit is skipped when its fold is a skip unit, so a full-width separator is skipped like its half-width form.
  const isSkip = (u: number) => skipUnits.has(u) || skipUnits.has(foldTable[u]);

  const freq = new Map<number, number>();
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      if (isSkip(u)) continue;
      const f = foldTable[u];
      freq.set(f, (freq.get(f) ?? 0) + 1);
    }
  }
  if (freq.size > MAX_CLASSES) throw new RangeError(`too many distinct characters in the patterns: ${freq.size}`);
  const ordered = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const classOfFolded = new Map<number, number>();
  for (let i = 0; i < ordered.length; i++) classOfFolded.set(ordered[i][0], i + 1);

  const classOf = new Uint16Array(65_536);
  let hasSkip = false;
  for (let u = 0; u < 65_536; u++) {
    if (skipUnits.size > 0 && isSkip(u)) {
      classOf[u] = SKIP_CLASS;
      hasSkip = true;
    } else {
      classOf[u] = classOfFolded.get(foldTable[u]) ?? NO_CLASS;
    }
  }

  return {
    classOf,
    classCount: ordered.length,
    hasSkip,
    fold: (unit) => foldTable[unit],
    encode(pattern) {
      const out: number[] = [];
      for (let i = 0; i < pattern.length; i++) {
        const c = classOf[pattern.charCodeAt(i)];
        if (c !== SKIP_CLASS) out.push(c);
      }
      return out;
    },
  };
}
