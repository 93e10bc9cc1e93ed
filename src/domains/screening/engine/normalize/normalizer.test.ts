import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { buildNormalizedPatterns, compileNormalizer, findInHtml, type LexiconTerm } from './normalizer.js';
import { separatorSet } from './separators.js';
import { t2sPairs } from './traditional-to-simplified.js';

const TERMS: LexiconTerm[] = [
  { term: '加微信', pinyinVariants: true },
  { term: '微信' },
  { term: 'QQ' },
  { term: '赌博', pinyinVariants: true },
  { term: '赌博网站' },
  { term: '发票代开' },
  { term: '高仿名表' },
  { term: '裸聊' },
  { term: '国家级' },
  { term: 'sex' },
];

const normalizer = compileNormalizer(TERMS);
const find = (text: string) => normalizer.find(text).map((f) => [f.term, f.text]);

describe('normalizer', () => {
  it('expands terms into canonical, variant and pinyin patterns mapped back to the term', () => {
    const built = buildNormalizedPatterns(TERMS);
    const of = (p: string) => TERMS[built.termOf[built.patterns.indexOf(p)]]?.term;
    expect(of('加微信')).toBe('加微信');
    expect(of('加薇信')).toBe('加微信');
    expect(of('jiaweixin')).toBe('加微信');
    expect(of('jwx')).toBe('加微信');
    expect(of('扣扣')).toBe('QQ');
    expect(built.patterns).not.toContain('weixin'.toUpperCase());
    expect(built.matcherOptions.foldCase).toBe(true);
  });

  it('finds obfuscated spellings at their original offsets', () => {
    expect(find('请加.微.信')).toEqual([
      ['加微信', '加.微.信'],
      ['微信', '微.信'],
    ]);
    expect(find('加 V 信 了解')).toEqual([
      ['加微信', '加 V 信'],
      ['微信', 'V 信'],
    ]);
    expect(find('加\u200b微信')).toContainEqual(['加微信', '加\u200b微信']);
    expect(find('加威信')).toContainEqual(['加微信', '加威信']);
    expect(find('有事扣扣联系')).toEqual([['QQ', '扣扣']]);
    expect(find('ＱＱ：123')).toEqual([['QQ', 'ＱＱ']]);
    expect(find('私信 JiaWeiXin')).toEqual([['加微信', 'JiaWeiXin']]);
    expect(find('jia wei xin')).toEqual([['加微信', 'jia wei xin']]);
    expect(find('線上賭博網站')).toEqual([
      ['赌博', '賭博'],
      ['赌博网站', '賭博網站'],
    ]);
    expect(find('賭(du)博')).toEqual([['赌博', '賭(du)博']]);
    expect(find('加(jia)微(wei)信')).toContainEqual(['加微信', '加(jia)微(wei)信']);
  });

  it('respects ASCII word boundaries', () => {
    expect(find('Sussex is exact')).toEqual([]);
    expect(find('s.e.x toys')).toEqual([['sex', 's.e.x']]);
    expect(find('jwxyz')).toEqual([]);
  });

  it('matches terms of several words across any run of spaces or separators, at exact offsets', () => {
    const words = compileNormalizer([
      { term: 'escort service' },
      { term: 'replica watch' },
      { term: 'sex' },
      { term: 'top-rated' },
    ]);
    const spans = (text: string) => words.find(text).map((f) => [f.term, f.start, f.end, f.text]);
    expect(spans('escort service')).toEqual([['escort service', 0, 14, 'escort service']]);
    expect(spans('24h escort  service!')).toEqual([['escort service', 4, 19, 'escort  service']]);
    expect(spans('Escort-Service')).toEqual([['escort service', 0, 14, 'Escort-Service']]);
    expect(spans('ＲＥＰＬＩＣＡ\u3000Ｗａｔｃｈ')).toEqual([
      ['replica watch', 0, 13, 'ＲＥＰＬＩＣＡ\u3000Ｗａｔｃｈ'],
    ]);
    expect(spans('cheap replica\twatch here')).toEqual([['replica watch', 6, 19, 'replica\twatch']]);
    expect(spans('escortservice')).toEqual([['escort service', 0, 13, 'escortservice']]);
    expect(spans('a top rated mop')).toEqual([['top-rated', 2, 11, 'top rated']]);
    // A space the pattern does not have, or a word cut at either edge, still breaks the match.
    expect(spans('escorts ervice')).toEqual([]);
    expect(spans('escort services')).toEqual([]);
    expect(spans('replica watches')).toEqual([]);
    expect(spans('Sussex is exact')).toEqual([]);
  });

  it('reports 1-based lines and columns', () => {
    const text = '第一行\n第二行 加微信\r\n第三行';
    const f = normalizer.find(text).find((x) => x.term === '加微信')!;
    expect([f.line, f.column, f.start, f.end]).toEqual([2, 5, 8, 11]);
  });

  it('finds terms in HTML sections at offsets of the original HTML', () => {
    const html =
      '<html><head><title>澳門賭博</title><meta name="keywords" content="&#x5fae;信"></head>\n<body><p>请加<b>微</b>信</p><footer>赌(du)博</footer></body></html>';
    const found = findInHtml(normalizer, html).map((f) => [f.section, f.term, f.text, f.line]);
    expect(found).toEqual([
      ['title', '赌博', '賭博', 1],
      ['meta', '微信', '&#x5fae;信', 1],
      ['body', '加微信', '加<b>微</b>信', 2],
      ['body', '微信', '微</b>信', 2],
      ['footer', '赌博', '赌(du)博', 2],
    ]);
    for (const f of findInHtml(normalizer, html)) expect(f.text).toBe(html.slice(f.start, f.end));
  });

  it('reports one finding per term and span', () => {
    const f = compileNormalizer([{ term: '加微信', pinyinVariants: true }]).find('加微信');
    expect(f).toHaveLength(1);
  });

  // For any Han term: mix in Traditional forms, separators, zero-width characters and pinyin
  // annotations, wrap in other text, and the canonical term is found at exactly that span.
  const traditionalOf = new Map<string, string[]>();
  for (const [t, s] of t2sPairs()) traditionalOf.set(s, [...(traditionalOf.get(s) ?? []), t]);
  const hanTerms = TERMS.filter((t) => /^[\u4e00-\u9fff]+$/.test(t.term));
  const separators = separatorSet();
  const filler = fc.string({ unit: fc.constantFrom('的', '是', '好', 'a', '1', '，', '\n', ' ', '。', '(', ')') });

  it('property: findings point at the exact original text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hanTerms),
        fc.array(
          fc.record({
            trad: fc.boolean(),
            sep: fc.array(fc.constantFrom(...separators), { maxLength: 3 }),
            note: fc.boolean(),
          }),
        ),
        filler,
        filler,
        (t, choices, prefix, suffix) => {
          const chars = [...t.term];
          let obf = '';
          // The finding ends after the term's last character: an annotation after it is not part of it.
          let lastEnd = 0;
          chars.forEach((ch, i) => {
            const c = choices[i] ?? { trad: false, sep: [], note: false };
            const trad = traditionalOf.get(ch);
            obf += c.trad && trad ? trad[0] : ch;
            lastEnd = obf.length;
            if (c.note) obf += `(${pinyin(ch, { toneType: 'none' })})`;
            if (i < chars.length - 1) obf += c.sep.join('');
          });
          const text = prefix + obf + suffix;
          const findings = normalizer.find(text);
          for (const f of findings) expect(f.text).toBe(text.slice(f.start, f.end));
          expect(findings).toContainEqual(
            expect.objectContaining({ term: t.term, start: prefix.length, end: prefix.length + lastEnd }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
