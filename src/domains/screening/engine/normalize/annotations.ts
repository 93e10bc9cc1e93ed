// Phonetic annotations: 微(wei)信, 赌(du)博, 加(jia)微(wei)信. A parenthesised run of pinyin right
// after a Han character is marked to be skipped, so the term around it still matches and the
// finding still spans the original text, annotation included.

export interface SkipRange {
  /** UTF-16 offset of the opening parenthesis. */
  start: number;
  /** Offset just after the closing parenthesis. */
  end: number;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const OPEN = new Set([0x28, 0xff08]); // ( （
const CLOSE = new Set([0x29, 0xff09]); // ) ）
/** Longest annotation considered: a few syllables with tone numbers and spaces. */
const MAX_INNER = 24;

// One syllable: optional initial, a final, an optional tone number. Tone marks are stripped
// before the test; ü may be written v or u.
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)[1-5]?';
const PINYIN_RUN = new RegExp(`^(?:${SYLLABLE})(?:[ '’]?(?:${SYLLABLE}))*$`);

/** Whether a string reads as toneless, tone-marked or tone-numbered pinyin (wei, wéi, wei2, jia wei). */
export function isPinyin(s: string): boolean {
  const plain = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .toLowerCase()
    .replace(/[\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0).toLowerCase())
    .trim();
  return plain.length > 0 && PINYIN_RUN.test(plain);
}

/** The parenthesised pinyin annotations of a text, in order. Cheap when the text has no '(' at all. */
export function findAnnotations(text: string): SkipRange[] {
  const out: SkipRange[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!OPEN.has(text.charCodeAt(i))) continue;
    // The annotated character may itself be followed by spaces: 微 (wei) 信.
    let before = i - 1;
    while (before >= 0 && text.charCodeAt(before) === 0x20) before--;
    if (before < 0 || !isHan(text.charCodeAt(before))) continue;
    let j = i + 1;
    while (j < text.length && j - i - 1 <= MAX_INNER && !CLOSE.has(text.charCodeAt(j))) j++;
    if (j >= text.length || !CLOSE.has(text.charCodeAt(j))) continue;
    if (!isPinyin(text.slice(i + 1, j))) continue;
    out.push({ start: i, end: j + 1 });
    i = j;
  }
  return out;
}

/** The annotations as a per-code-unit mask (1 = skip), or undefined when there are none. */
export function annotationMask(text: string): Uint8Array | undefined {
  const ranges = findAnnotations(text);
  if (ranges.length === 0) return undefined;
  const mask = new Uint8Array(text.length);
  for (const r of ranges) mask.fill(1, r.start, r.end);
  return mask;
}

export interface Stripped {
  /** The text without the skipped ranges. */
  text: string;
  /** offsets[i] is the original offset of text[i]; offsets[text.length] is the original length. */
  offsets: Int32Array;
}

/**
 * Removes skip ranges and keeps where every kept unit came from. This is how the matcher honours
 * annotations until it accepts a skip mask itself; it costs a copy only for texts that have one.
 */
export function stripRanges(text: string, ranges: readonly SkipRange[]): Stripped {
  let kept = text.length;
  for (const r of ranges) kept -= r.end - r.start;
  const offsets = new Int32Array(kept + 1);
  const parts: string[] = [];
  let k = 0;
  let from = 0;
  const keep = (a: number, b: number) => {
    if (b <= a) return;
    parts.push(text.slice(a, b));
    for (let i = a; i < b; i++) offsets[k++] = i;
  };
  for (const r of ranges) {
    keep(from, r.start);
    from = r.end;
  }
  keep(from, text.length);
  offsets[k] = text.length;
  return { text: parts.join(''), offsets };
}
