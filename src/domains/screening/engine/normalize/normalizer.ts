import { buildFoldTable, type FoldOptions, SKIP_CLASS } from '../char-classes.js';
import { compileMatcher, type Matcher, type MatcherOptions } from '../matcher.js';
import { findAnnotations, stripRanges } from './annotations.js';
import { joinSection, type SectionName, sourceSpan, splitHtml } from './html-sections.js';
import { buildLineIndex, type LineIndex } from './line-index.js';
import { separatorSet } from './separators.js';
import { t2sPairs } from './traditional-to-simplified.js';
import { expandVariants, pinyinVariants, type VariantOptions } from './variants.js';

// Part 1 tied together: lexicon terms → patterns (canonical + variants + pinyin) and matcher
// options (width/case folding, Traditional → Simplified, separators skipped), and matches → findings
// that point at the exact original text.

export interface LexiconTerm {
  term: string;
  /** Add homophone and look-alike spellings (default true). */
  variants?: boolean;
  /** Add toneless pinyin and initials (加微信 → jiaweixin, jwx): only for terms written that way. */
  pinyinVariants?: boolean;
}

export interface NormalizerOptions {
  variants?: VariantOptions;
  /** Fold Traditional to Simplified (default true). */
  traditional?: boolean;
  /** Skip spaces inside terms (default true); see separators.ts. */
  spaces?: boolean;
  /** Skip parenthesised pinyin after Han characters (default true). */
  annotations?: boolean;
  /**
   * An ASCII-letter edge of a match must not continue a word ('sex' is not found in 'sussex'), and
   * a skipped space between two ASCII letters breaks a non-pinyin pattern ('is exact' is not 'sex').
   * Default true.
   */
  asciiWordBoundaries?: boolean;
}

export type PatternKind = 'canonical' | 'variant' | 'pinyin';

export interface NormalizedPatterns {
  patterns: string[];
  /** Index into the terms of each pattern. */
  termOf: Int32Array;
  kindOf: PatternKind[];
  matcherOptions: MatcherOptions;
}

export interface Finding {
  /** Index of the lexicon term. */
  termIndex: number;
  /** The canonical term. */
  term: string;
  /** The spelling that matched (a variant or pinyin form, or the term itself). */
  pattern: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** 1-based line and column of start. */
  line: number;
  column: number;
  /** text.slice(start, end) of the original text. */
  text: string;
}

export function normalizerMatcherOptions(options: NormalizerOptions = {}): MatcherOptions {
  return {
    foldCase: true,
    foldWidth: true,
    unitMap: options.traditional === false ? undefined : t2sPairs(),
    skip: separatorSet({ spaces: options.spaces ?? true }),
  };
}

/** The key under which two spellings are the same pattern for the matcher. */
function foldKey(pattern: string, fold: Uint16Array, skip: Set<number>): string {
  let key = '';
  for (let i = 0; i < pattern.length; i++) {
    const u = pattern.charCodeAt(i);
    if (skip.has(u) || skip.has(fold[u])) continue;
    key += String.fromCharCode(fold[u]);
  }
  return key;
}

export function buildNormalizedPatterns(
  terms: readonly LexiconTerm[],
  options: NormalizerOptions = {},
): NormalizedPatterns {
  const matcherOptions = normalizerMatcherOptions(options);
  const fold = buildFoldTable(matcherOptions as FoldOptions);
  const skip = new Set<number>();
  for (const s of matcherOptions.skip ?? []) skip.add(s.charCodeAt(0));
  const patterns: string[] = [];
  const termOf: number[] = [];
  const kindOf: PatternKind[] = [];
  terms.forEach((t, termIndex) => {
    const seen = new Set<string>();
    const add = (p: string, kind: PatternKind) => {
      const key = foldKey(p, fold, skip);
      if (key.length === 0 || seen.has(key)) return;
      seen.add(key);
      patterns.push(p);
      termOf.push(termIndex);
      kindOf.push(kind);
    };
    add(t.term, 'canonical');
    if (t.variants ?? true) for (const v of expandVariants(t.term, options.variants).slice(1)) add(v, 'variant');
    if (t.pinyinVariants) for (const p of pinyinVariants(t.term)) add(p, 'pinyin');
  });
  return { patterns, termOf: Int32Array.from(termOf), kindOf, matcherOptions };
}

export interface Normalizer {
  readonly matcher: Matcher;
  readonly patterns: NormalizedPatterns;
  /**
   * Every occurrence of every term (all spellings), overlapping ones included, in order of end
   * offset; one finding per term and span. `lines` may be passed when the caller already has one.
   */
  find(text: string, lines?: LineIndex): Finding[];
}

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiLetterLike = (c: number) =>
  isAsciiLetter(c) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
const isSpaceLike = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

export function compileNormalizer(terms: readonly LexiconTerm[], options: NormalizerOptions = {}): Normalizer {
  const built = buildNormalizedPatterns(terms, options);
  const matcher = compileMatcher(built.patterns, built.matcherOptions);
  const { classOf } = matcher.classes;
  const boundaries = options.asciiWordBoundaries ?? true;
  const annotations = options.annotations ?? true;
  const gaps = wordGaps(built.patterns, classOf);

  // Whether an accepted match would cut through an ASCII word, or join two by a skipped space where
  // its pattern has none ('is exact' is not 'sex'; 'escort  service' is 'escort service').
  const breaksWords = (text: string, start: number, end: number, patternId: number): boolean => {
    if (isAsciiLetterLike(text.charCodeAt(start)) && start > 0 && isAsciiLetterLike(text.charCodeAt(start - 1)))
      return true;
    if (isAsciiLetterLike(text.charCodeAt(end - 1)) && end < text.length && isAsciiLetterLike(text.charCodeAt(end)))
      return true;
    if (built.kindOf[patternId] === 'pinyin') return false;
    const allowed = gaps[patternId];
    let prevLetter = false;
    let spaced = false;
    // Matched (non-skip) units so far: where the pattern's own word gaps are.
    let units = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (classOf[c] === SKIP_CLASS) {
        if (isSpaceLike(c)) spaced = true;
        continue;
      }
      const letter = isAsciiLetterLike(c);
      if (letter && prevLetter && spaced && (allowed === undefined || !allowed.includes(units))) return true;
      prevLetter = letter;
      spaced = false;
      units++;
    }
    return false;
  };

  return {
    matcher,
    patterns: built,
    find(text, lines) {
      const ranges = annotations && (text.includes('(') || text.includes('（')) ? findAnnotations(text) : [];
      const stripped = ranges.length > 0 ? stripRanges(text, ranges) : undefined;
      const scanned = stripped ? stripped.text : text;
      const out: Finding[] = [];
      const seen = new Set<string>();
      let index = lines;
      matcher.forEach(scanned, (patternId, s, e) => {
        const start = stripped ? stripped.offsets[s] : s;
        const end = stripped ? stripped.offsets[e - 1] + 1 : e;
        if (boundaries && breaksWords(text, start, end, patternId)) return;
        const termIndex = built.termOf[patternId];
        const key = `${termIndex}:${start}:${end}`;
        if (seen.has(key)) return;
        seen.add(key);
        index ??= buildLineIndex(text);
        const { line, column } = index.locate(start);
        out.push({
          termIndex,
          term: terms[termIndex].term,
          pattern: built.patterns[patternId],
          start,
          end,
          line,
          column,
          text: text.slice(start, end),
        });
      });
      return out;
    },
  };
}

/**
 * Where each pattern has a space or another separator between two words ('escort service',
 * 'top-rated'): the number of matched (non-skip) units before each such gap, or undefined for a
 * pattern without one. The matcher steps over spaces like any separator, so the pattern matches
 * 'escortservice', 'escort  service' and 'Escort-Service' alike; the ASCII word check then lets a
 * space in the text stand only where the pattern has a gap ('top rated' for 'top-rated').
 */
function wordGaps(patterns: readonly string[], classOf: Uint16Array): (number[] | undefined)[] {
  return patterns.map((p) => {
    const out: number[] = [];
    let units = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOf[c] !== SKIP_CLASS) units++;
      else if (units > 0 && out[out.length - 1] !== units) out.push(units);
    }
    return out.length > 0 ? out : undefined;
  });
}

export interface HtmlFinding extends Finding {
  section: SectionName;
}

/**
 * Finds terms in each section of an HTML page. Offsets, line and text refer to the original HTML,
 * so a term split by inline tags (加<b>微</b>信) or written with entities (&#x5fae;信) spans them.
 */
export function findInHtml(normalizer: Normalizer, html: string): HtmlFinding[] {
  const lines = buildLineIndex(html);
  const out: HtmlFinding[] = [];
  for (const section of splitHtml(html)) {
    if (section.runs.length === 0) continue;
    const joined = joinSection(section);
    for (const f of normalizer.find(joined.text, EMPTY_LINES)) {
      const { start, end } = sourceSpan(joined, f.start, f.end, html);
      const { line, column } = lines.locate(start);
      out.push({ ...f, section: section.name, start, end, line, column, text: html.slice(start, end) });
    }
  }
  return out;
}

/** Lines of joined section text mean nothing; findInHtml recomputes them on the HTML. */
const EMPTY_LINES: LineIndex = buildLineIndex('');
