import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FoldOptions } from './char-classes.js';
import { compileMatcher, type Match, type MatcherOptions } from './matcher.js';

// The reference, written apart from char-classes.ts: fold text and patterns unit by unit, drop
// skip units (remembering where each kept unit came from), then find every occurrence of every
// pattern at every position with indexOf.
function referenceFold(unit: string, options: FoldOptions): string {
  let u = unit;
  if (options.foldWidth) {
    if (u === '\u3000') u = ' ';
    else if (u >= '\uff01' && u <= '\uff5e') u = String.fromCharCode(u.charCodeAt(0) - 0xfee0);
  }
  for (const [from, to] of options.unitMap ?? []) if (u === from) u = to;
  if (options.foldCase && /^[A-Z]$/.test(u)) u = u.toLowerCase();
  return u;
}

function bruteForce(patterns: readonly string[], text: string, options: FoldOptions = {}): Match[] {
  const skip = new Set(options.skip ?? []);
  const fold = (s: string, positions?: number[]) => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const f = referenceFold(s[i], options);
      if (skip.has(s[i]) || skip.has(f)) continue;
      out += f;
      positions?.push(i);
    }
    return out;
  };
  const positions: number[] = [];
  const folded = fold(text, positions);
  const matches: Match[] = [];
  patterns.forEach((p, patternId) => {
    const fp = fold(p);
    if (fp.length === 0) return;
    for (let at = folded.indexOf(fp); at !== -1; at = folded.indexOf(fp, at + 1)) {
      matches.push({ patternId, start: positions[at], end: positions[at + fp.length - 1] + 1 });
    }
  });
  return sorted(matches);
}

function sorted(matches: Match[]): Match[] {
  return [...matches].sort((a, b) => a.end - b.end || a.start - b.start || a.patternId - b.patternId);
}

const LAYOUTS = ['dense', 'compact'] as const;

const mixedUnit = fc.constantFrom(
  'a',
  'b',
  'A',
  'B',
  'ａ',
  'Ａ',
  'ｂ',
  '0',
  '０',
  '加',
  '微',
  '信',
  '薇',
  '😀',
  '.',
  ' ',
  '　',
);
const hanUnit = fc.integer({ min: 0x4e00, max: 0x4e07 }).map((u) => String.fromCharCode(u));
const aUnit = fc.constantFrom('a', 'a', 'a', 'b');

function dictionaryAndText(unit: fc.Arbitrary<string>) {
  return fc.record({
    patterns: fc.array(fc.string({ unit, minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 25 }),
    text: fc.string({ unit, maxLength: 160 }),
  });
}

/** Plants some of the patterns in the text, so matches are common even for long patterns. */
const planted = (unit: fc.Arbitrary<string>) =>
  dictionaryAndText(unit).chain(({ patterns, text }) =>
    fc.array(fc.tuple(fc.nat(patterns.length - 1), fc.nat(text.length)), { maxLength: 6 }).map((plants) => {
      let t = text;
      for (const [id, at] of plants) t = t.slice(0, at) + patterns[id] + t.slice(at);
      return { patterns, text: t };
    }),
  );

function agrees(patterns: string[], text: string, options: MatcherOptions): void {
  const m = compileMatcher(patterns, options);
  const expected = bruteForce(patterns, text, options);
  const found = m.findAll(text);
  expect(sorted(found)).toEqual(expected);
  expect(m.count(text)).toBe(expected.length);
  // forEach reports in order of end offset.
  for (let i = 1; i < found.length; i++) expect(found[i].end).toBeGreaterThanOrEqual(found[i - 1].end);
}

describe.each(LAYOUTS)('matcher (%s layout) equals brute force', (layout) => {
  it('on random CJK dictionaries and texts', () => {
    fc.assert(fc.property(planted(hanUnit), ({ patterns, text }) => agrees(patterns, text, { layout })));
  });

  it('on overlapping and nested patterns over a two-letter alphabet (a, aa, aaa, ab …)', () => {
    fc.assert(
      fc.property(planted(aUnit), ({ patterns, text }) => agrees(['a', 'aa', 'aaa', ...patterns], text, { layout })),
    );
  });

  it('on mixed ASCII, full-width, CJK and emoji without folding', () => {
    fc.assert(fc.property(planted(mixedUnit), ({ patterns, text }) => agrees(patterns, text, { layout })));
  });

  it('with case and width folding', () => {
    fc.assert(
      fc.property(planted(mixedUnit), ({ patterns, text }) =>
        agrees(patterns, text, { layout, foldCase: true, foldWidth: true }),
      ),
    );
  });

  it('with separators skipped inside terms (offsets into the original text)', () => {
    fc.assert(
      fc.property(planted(mixedUnit), ({ patterns, text }) =>
        agrees(patterns, text, { layout, foldCase: true, foldWidth: true, skip: ['.', ' '] }),
      ),
    );
  });

  it('when failure chains run deep (many long patterns over three letters, one-unit ones among them)', () => {
    // The compact scan switches between a depth ≤ 1 loop and the full walk; long patterns over a
    // tiny alphabet make it fall back through several failure links and re-enter both often.
    const deep = fc.record({
      patterns: fc.array(fc.string({ unit: fc.constantFrom('x', 'y', 'z'), minLength: 1, maxLength: 8 }), {
        minLength: 1,
        maxLength: 40,
      }),
      text: fc.string({ unit: fc.constantFrom('x', 'y', 'z', 'x', 'y', '-', '.'), maxLength: 300 }),
    });
    fc.assert(fc.property(deep, ({ patterns, text }) => agrees(patterns, text, { layout })));
    fc.assert(fc.property(deep, ({ patterns, text }) => agrees(patterns, text, { layout, skip: ['.'] })));
  });
});

describe('matcher examples', () => {
  const terms = ['加微信', '微信', '信'];

  it('reports every overlapping Chinese term with UTF-16 offsets after an emoji', () => {
    const text = '😀😀请加微信';
    const m = compileMatcher(terms);
    expect(m.findAll(text)).toEqual([
      { patternId: 0, start: 5, end: 8 },
      { patternId: 1, start: 6, end: 8 },
      { patternId: 2, start: 7, end: 8 },
    ]);
    expect(text.slice(5, 8)).toBe('加微信');
    expect(m.count(text)).toBe(3);
  });

  it('gives the same answers in both layouts', () => {
    const text = '加微信加微信 信';
    const dense = compileMatcher(terms, { layout: 'dense' });
    const compact = compileMatcher(terms, { layout: 'compact' });
    expect(dense.layout).toBe('dense');
    expect(compact.layout).toBe('compact');
    expect(compact.findAll(text)).toEqual(dense.findAll(text));
    expect(dense.count(text)).toBe(7);
  });

  it('folds case and width only when asked', () => {
    const text = '加ＶＸ，或 Vx 聊';
    expect(compileMatcher(['vx']).count(text)).toBe(0);
    expect(compileMatcher(['vx'], { foldCase: true }).findAll(text)).toEqual([{ patternId: 0, start: 6, end: 8 }]);
    expect(compileMatcher(['vx'], { foldCase: true, foldWidth: true }).findAll(text)).toEqual([
      { patternId: 0, start: 1, end: 3 },
      { patternId: 0, start: 6, end: 8 },
    ]);
  });

  it('steps over separators and points at the original span', () => {
    const text = '请加.微.信聊';
    const m = compileMatcher(terms, { skip: ['.'] });
    expect(m.findAll(text)).toEqual([
      { patternId: 0, start: 1, end: 6 },
      { patternId: 1, start: 3, end: 6 },
      { patternId: 2, start: 5, end: 6 },
    ]);
  });

  it('takes extra one-unit folds such as Traditional → Simplified', () => {
    const m = compileMatcher(['加微信'], { unitMap: [['徵', '微']] });
    expect(m.findAll('加徵信')).toEqual([{ patternId: 0, start: 0, end: 3 }]);
  });

  it('ignores empty patterns and reports duplicates under each id', () => {
    const m = compileMatcher(['', '微信', '微信']);
    expect(m.findAll('微信')).toEqual([
      { patternId: 1, start: 0, end: 2 },
      { patternId: 2, start: 0, end: 2 },
    ]);
    expect(compileMatcher([]).count('anything')).toBe(0);
    expect(compileMatcher(['']).count('')).toBe(0);
  });

  it('keeps a 20,000-word Chinese lexicon compact', () => {
    // Deterministic words of 2–6 characters from 2,000 Han characters sharing prefixes.
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed % n;
    };
    const words: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let w = '';
      const len = 2 + rand(5);
      for (let k = 0; k < len; k++) w += String.fromCharCode(0x4e00 + rand(k === 0 ? 300 : 2_000));
      words.push(w);
    }
    const m = compileMatcher(words);
    expect(m.layout).toBe('compact');
    expect(m.tableBytes).toBeLessThan(3_000_000);
    const text = words.slice(0, 50).join('，');
    expect(m.count(text)).toBe(bruteForce(words, text).length);
    // Random text from the same characters, words planted, ASCII and separators between: every
    // match with its span, in both the plain and the skipping scan.
    let noisy = '';
    for (let i = 0; i < 2_500; i++) {
      const r = rand(100);
      if (r < 5) noisy += words[rand(words.length)];
      else if (r < 10) noisy += ['a', '1', '.', ' ', '，'][rand(5)];
      else noisy += String.fromCharCode(0x4e00 + rand(r < 60 ? 300 : 2_000));
    }
    expect(sorted(m.findAll(noisy))).toEqual(bruteForce(words, noisy));
    const skipping = compileMatcher(words, { skip: ['.', ' '] });
    expect(sorted(skipping.findAll(noisy))).toEqual(bruteForce(words, noisy, { skip: ['.', ' '] }));
  });
});
