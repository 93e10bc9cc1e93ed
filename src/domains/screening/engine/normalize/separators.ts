// Characters stepped over inside a term (加.微.信, 加\u200b微信): char-classes gives them SKIP_CLASS.
// Not included on purpose: ':' (lexicon terms such as 1:1 contain it), digits, letters, line breaks
// (they separate blocks, and joining across them finds terms that were never written), brackets
// (annotations.ts handles parenthesised pinyin), and sentence punctuation (，、。… end a clause: 稍微，信息
// must not read as 微信).

/** Invisible characters used to split a term without showing it. */
export const ZERO_WIDTH = [
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\u180e', // Mongolian vowel separator
  '\ufeff', // BOM / zero-width no-break space
  '\u00ad', // soft hyphen
  '\u034f', // combining grapheme joiner
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064', // invisible operators
] as const;

/** Horizontal spaces, half- and full-width. */
export const SPACES = [
  ' ',
  '\t',
  '\u00a0', // no-break space
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u202f',
  '\u205f',
  '\u3000', // ideographic (full-width) space
] as const;

/** Punctuation used as a visible separator between the characters of a term. */
export const PUNCTUATION = [
  ...'.*-_|/\\~',
  '\u2022', // •
  '\u2023', // ‣
  '\u2027', // ‧ hyphenation point
  '\u2219', // ∙
  '\u22c5', // ⋅
  '\u30fb', // ・ katakana middle dot
  '\uff65', // ･ half-width katakana middle dot
  '\u00b7', // · middle dot
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015', // hyphens and dashes
  '\u2e3a',
  '\u2e3b',
  '\u301c', // 〜 wave dash
  '\u3030', // 〰
  '\uff0e', // ．
  '\uff0a', // ＊
  '\uff0d', // －
  '\uff3f', // ＿
  '\uff5c', // ｜
  '\uff0f', // ／
  '\uff3c', // ＼
  '\uff5e', // ～
  '\u2605', // ★
  '\u2606', // ☆
  '\u2665', // ♥
  '\u2764', // ❤
  '\u25cf', // ●
  '\u25cb', // ○
] as const;

/**
 * Emoji and pictographs sellers put between the characters of a term (同城约💋炮, 加 🌟 微 🌟 信,
 * 加✨微): the symbol and dingbat blocks, the emoji presentation selector, and the surrogate halves of
 * the emoji planes (U+1F000–U+1FBFF: high surrogates D83C–D83E; a low surrogate is skipped only
 * after one of them in effect, since any other high surrogate has no class and ends the term).
 */
export const PICTOGRAPHS: readonly string[] = (() => {
  const out: string[] = [];
  const range = (from: number, to: number) => {
    for (let u = from; u <= to; u++) out.push(String.fromCharCode(u));
  };
  range(0x2190, 0x21ff); // arrows ➔ ↓
  range(0x2600, 0x27bf); // miscellaneous symbols and dingbats ☀ ✨ ✅ ➡
  range(0x2b00, 0x2bff); // ⭐ ⬆
  out.push('️', '⃣'); // emoji presentation, keycap
  range(0xd83c, 0xd83e);
  range(0xdc00, 0xdfff);
  return out;
})();

export interface SeparatorOptions {
  /** Include spaces (default true). Off for lexicons of English words, where 'is exact' would match 'sex'. */
  spaces?: boolean;
}

/** The separators for char-classes' `skip` option. */
export function separatorSet(options: SeparatorOptions = {}): string[] {
  const out: string[] = [...ZERO_WIDTH, ...PUNCTUATION, ...PICTOGRAPHS];
  if (options.spaces ?? true) out.push(...SPACES);
  return [...new Set(out)];
}

const ALL = new Set<string>(separatorSet());

export function isSeparator(ch: string): boolean {
  return ALL.has(ch);
}
