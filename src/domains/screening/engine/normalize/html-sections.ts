// HTML → sections (title, meta, headings, body, footer) with every character traced to its source
// offset. A small tokenizer, not a parser: it needs tags, attributes, comments, raw-text elements
// and entities, and must never lose a position. Malformed markup degrades to text, never throws.

export type SectionName = 'title' | 'meta' | 'heading' | 'body' | 'footer';

export interface TextRun {
  /** Decoded text, tags removed. */
  text: string;
  /** Source offset of the run's first character. */
  start: number;
  /** Source offset just after the run's last character. */
  end: number;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] === end. */
  offsets: Int32Array;
  /** A block boundary (not an inline tag) comes before the run, so joining puts '\n' first. */
  breakBefore: boolean;
}

export interface Section {
  name: SectionName;
  runs: TextRun[];
}

export interface JoinedSection {
  name: SectionName;
  /** The runs joined: directly across inline tags, with '\n' across block boundaries. */
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the end of the last run. */
  offsets: Int32Array;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  middot: '\u00b7',
  bull: '\u2022',
  hellip: '\u2026',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  yen: '\u00a5',
  times: '\u00d7',
  divide: '\u00f7',
  deg: '\u00b0',
  plusmn: '\u00b1',
};

/**
 * Decodes entities in source[start, end) into a run. Unknown or malformed entities stay as written.
 */
export function decodeRun(source: string, start: number, end: number): TextRun {
  let text = '';
  const offs: number[] = [];
  let i = start;
  while (i < end) {
    const c = source.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const semi = source.indexOf(';', i + 1);
      if (semi > i + 1 && semi < end && semi - i <= 12) {
        const body = source.slice(i + 1, semi);
        let decoded: string | undefined;
        if (body[0] === '#') {
          const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
          const digits =
            body[1] === 'x' || body[1] === 'X' ? /^[0-9a-f]+$/i.test(body.slice(2)) : /^[0-9]+$/.test(body.slice(1));
          if (digits && Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
            decoded = String.fromCodePoint(code);
        } else {
          decoded = NAMED[body];
        }
        if (decoded !== undefined) {
          for (let k = 0; k < decoded.length; k++) offs.push(i);
          text += decoded;
          i = semi + 1;
          continue;
        }
      }
    }
    text += source[i];
    offs.push(i);
    i++;
  }
  const offsets = new Int32Array(offs.length + 1);
  offsets.set(offs);
  offsets[offs.length] = end;
  return { text, start, end, offsets, breakBefore: true };
}

const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);
const RCDATA = new Set(['title', 'textarea']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ruby',
  'rt',
  'rp',
]);

interface Attribute {
  name: string;
  /** Value offsets in the source (quotes excluded); start === end for an empty or bare attribute. */
  start: number;
  end: number;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attributes: Attribute[];
  /** Offset just after '>'. */
  end: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
const isNameChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;

/** Reads a tag starting at '<'; undefined when it is not one (then '<' is text). */
function readTag(src: string, at: number): Tag | undefined {
  let i = at + 1;
  let closing = false;
  if (src.charCodeAt(i) === 0x2f) {
    closing = true;
    i++;
  }
  const c0 = src.charCodeAt(i);
  if (!((c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x41 && c0 <= 0x5a))) return undefined;
  const nameStart = i;
  while (i < src.length && isNameChar(src.charCodeAt(i))) i++;
  const name = src.slice(nameStart, i).toLowerCase();
  const attributes: Attribute[] = [];
  let selfClosing = false;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 0x3e) return { name, closing, selfClosing, attributes, end: i + 1 };
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 0x2f) {
      selfClosing = true;
      i++;
      continue;
    }
    selfClosing = false;
    const an = i;
    while (i < src.length && !isSpace(src.charCodeAt(i)) && src[i] !== '=' && src[i] !== '>' && src[i] !== '/') i++;
    if (i === an) i++; // a stray character such as a lone quote: step over it
    const attrName = src.slice(an, i).toLowerCase();
    while (i < src.length && isSpace(src.charCodeAt(i))) i++;
    if (src[i] !== '=') {
      attributes.push({ name: attrName, start: i, end: i });
      continue;
    }
    i++;
    while (i < src.length && isSpace(src.charCodeAt(i))) i++;
    const q = src[i];
    if (q === '"' || q === "'") {
      const close = src.indexOf(q, i + 1);
      if (close < 0) return undefined;
      attributes.push({ name: attrName, start: i + 1, end: close });
      i = close + 1;
    } else {
      const vs = i;
      while (i < src.length && !isSpace(src.charCodeAt(i)) && src[i] !== '>') i++;
      attributes.push({ name: attrName, start: vs, end: i });
    }
  }
  return undefined;
}

/** Offset of the end tag `</name` (case-insensitive) from `from`, or the source length. */
function findEndTag(src: string, lower: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    const j = lower.indexOf(`</${name}`, i);
    if (j < 0) return src.length;
    const after = src.charCodeAt(j + 2 + name.length);
    if (Number.isNaN(after) || isSpace(after) || after === 0x3e || after === 0x2f) return j;
    i = j + 1;
  }
}

interface Open {
  name: string;
  footer: boolean;
}

const FOOTER_ATTR = /(^|[\s_-])(footer|foot|ft|copyright)($|[\s_-])/i;

/**
 * Splits HTML into sections. Meta sections are the content of `<meta name="description|keywords">`
 * (positions of the attribute value); footer is a `<footer>` element or an element whose id or
 * class names a footer; headings are h1–h6 outside the footer; body is all other text.
 */
export function splitHtml(html: string): Section[] {
  const sections: Record<SectionName, TextRun[]> = { title: [], meta: [], heading: [], body: [], footer: [] };
  const stack: Open[] = [];
  // Lower-cased once, ASCII only (toLowerCase may change the length: İ → i̇), for end tags of raw-text elements.
  const lower = html.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  let textStart = 0;
  /** Whether the next run begins after a block boundary. */
  let pendingBlock = false;

  const currentSection = (): SectionName => {
    let heading = false;
    for (const o of stack) {
      if (o.footer) return 'footer';
      if (HEADINGS.has(o.name)) heading = true;
    }
    return heading ? 'heading' : 'body';
  };
  const flush = (end: number) => {
    if (end > textStart) {
      const run = decodeRun(html, textStart, end);
      if (run.text.trim().length > 0) {
        run.breakBefore = pendingBlock;
        sections[currentSection()].push(run);
        pendingBlock = false;
      }
    }
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      flush(lt);
      const close = html.indexOf('-->', lt + 4);
      i = textStart = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      flush(lt);
      const close = html.indexOf('>', lt + 2);
      i = textStart = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    i = textStart = tag.end;
    if (!INLINE.has(tag.name)) pendingBlock = true;
    if (tag.closing) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].name === tag.name) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    if (tag.name === 'meta') {
      const attr = (n: string) => tag.attributes.find((a) => a.name === n);
      const nameAttr = attr('name') ?? attr('property');
      const content = attr('content');
      const kind = nameAttr ? html.slice(nameAttr.start, nameAttr.end).toLowerCase() : '';
      if (content && content.end > content.start && /(^|:)(description|keywords)$/.test(kind)) {
        const run = decodeRun(html, content.start, content.end);
        sections.meta.push(run);
      }
      continue;
    }
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = findEndTag(html, lower, tag.name, tag.end);
      const closeTag = close < html.length ? readTag(html, close) : undefined;
      i = textStart = closeTag ? closeTag.end : html.length;
      continue;
    }
    if (RCDATA.has(tag.name) && !tag.selfClosing) {
      const close = findEndTag(html, lower, tag.name, tag.end);
      if (close > tag.end) {
        const run = decodeRun(html, tag.end, close);
        if (run.text.trim().length > 0) {
          if (tag.name === 'title') sections.title.push(run);
          else sections[currentSection()].push(run);
        }
      }
      const closeTag = close < html.length ? readTag(html, close) : undefined;
      i = textStart = closeTag ? closeTag.end : html.length;
      pendingBlock = true;
      continue;
    }
    if (VOID.has(tag.name) || tag.selfClosing) continue;
    let footer = tag.name === 'footer';
    if (!footer) {
      for (const a of tag.attributes) {
        if ((a.name === 'id' || a.name === 'class') && FOOTER_ATTR.test(html.slice(a.start, a.end))) footer = true;
      }
    }
    stack.push({ name: tag.name, footer });
  }
  flush(html.length);

  return (['title', 'meta', 'heading', 'body', 'footer'] as const).map((name) => ({ name, runs: sections[name] }));
}

/** Joins a section's runs into one searchable text with a source offset per character. */
export function joinSection(section: Section): JoinedSection {
  let text = '';
  const offs: number[] = [];
  let last = 0;
  section.runs.forEach((run, k) => {
    if (k > 0 && run.breakBefore) {
      text += '\n';
      offs.push(last);
    }
    text += run.text;
    for (let i = 0; i < run.text.length; i++) offs.push(run.offsets[i]);
    last = run.end;
  });
  const offsets = new Int32Array(offs.length + 1);
  offsets.set(offs);
  offsets[offs.length] = last;
  return { name: section.name, text, offsets };
}

/** The source span of joined[start, end): from the first character's offset to the end of the last one's source. */
export function sourceSpan(
  joined: { text: string; offsets: Int32Array },
  start: number,
  end: number,
  source: string,
): { start: number; end: number } {
  const s = joined.offsets[start];
  const lastSrc = joined.offsets[end - 1];
  return { start: s, end: sourceCharEnd(source, lastSrc) };
}

/** End of the source text that produced the character at `at`: past an entity, or one unit. */
function sourceCharEnd(source: string, at: number): number {
  if (source.charCodeAt(at) === 0x26) {
    const semi = source.indexOf(';', at + 1);
    if (semi > at + 1 && semi - at <= 12) {
      const body = source.slice(at + 1, semi);
      if (/^#[0-9]+$|^#x[0-9a-f]+$/i.test(body) || NAMED[body] !== undefined) return semi + 1;
    }
  }
  return at + 1;
}
