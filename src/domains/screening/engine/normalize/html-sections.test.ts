import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRun, joinSection, type SectionName, sourceSpan, splitHtml } from './html-sections.js';

const PAGE = `<!doctype html>
<html><head>
<title>澳门&amp;新葡京 官网</title>
<meta charset="utf-8">
<meta name="description" content="在线&#x5fae;信 客服">
<meta name="keywords" content='博彩,真人,&nbsp;娱乐'>
<style>h1 { color: red } /* 赌博 */</style>
<script>var s = "<h1>赌博</h1>";</script>
</head>
<body>
<!-- 加微信 in a comment -->
<h1>欢迎<b>光临</b></h1>
<div class="content"><p>正品&nbsp;保证 &lt;加<span>微</span>信&gt;</p>
<p>第二段 &unknown; & 5 < 6</p></div>
<div id="site-footer">友情链接：<a href="x">赌博网</a></div>
<footer>版权所有 &copy; 2026</footer>
</body></html>`;

const sectionTexts = (html: string) => {
  const out: Partial<Record<SectionName, string>> = {};
  for (const s of splitHtml(html)) out[s.name] = joinSection(s).text;
  return out;
};

describe('html sections', () => {
  it('split a page into title, meta, headings, body and footer', () => {
    const t = sectionTexts(PAGE);
    expect(t.title).toBe('澳门&新葡京 官网');
    expect(t.meta).toBe('在线微信 客服\n博彩,真人,\u00a0娱乐');
    expect(t.heading).toBe('欢迎光临');
    expect(t.body).toContain('正品\u00a0保证 <加微信>');
    expect(t.body).toContain('第二段 &unknown; & 5 < 6');
    expect(t.body).not.toContain('赌博');
    expect(t.body).not.toContain('color');
    expect(t.footer).toBe('友情链接：赌博网\n版权所有 © 2026');
  });

  it('keep a source offset for every decoded character', () => {
    for (const section of splitHtml(PAGE)) {
      for (const run of section.runs) {
        expect(run.offsets.length).toBe(run.text.length + 1);
        expect(run.offsets[run.text.length]).toBe(run.end);
        for (let i = 0; i < run.text.length; i++) {
          const src = PAGE[run.offsets[i]];
          if (src !== '&') expect(src).toBe(run.text[i]);
        }
      }
    }
  });

  it('map a span of joined text back to the original HTML', () => {
    const body = splitHtml(PAGE).find((s) => s.name === 'body')!;
    const joined = joinSection(body);
    const at = joined.text.indexOf('加微信');
    const span = sourceSpan(joined, at, at + 3, PAGE);
    expect(PAGE.slice(span.start, span.end)).toBe('加<span>微</span>信');
    const meta = joinSection(splitHtml(PAGE).find((s) => s.name === 'meta')!);
    const m = meta.text.indexOf('微信');
    const mspan = sourceSpan(meta, m, m + 2, PAGE);
    expect(PAGE.slice(mspan.start, mspan.end)).toBe('&#x5fae;信');
    const title = joinSection(splitHtml(PAGE).find((s) => s.name === 'title')!);
    const tspan = sourceSpan(title, 0, 4, PAGE);
    expect(PAGE.slice(tspan.start, tspan.end)).toBe('澳门&amp;新');
  });

  it('decode entities', () => {
    const src = 'a&amp;b&#24494;&#x4FE1;&#128512;&bogus;&';
    const run = decodeRun(src, 0, src.length);
    expect(run.text).toBe('a&b微信😀&bogus;&');
    expect(run.offsets[1]).toBe(1);
    expect(run.offsets[2]).toBe(6);
  });

  it('never throw on malformed markup', () => {
    for (const html of [
      '<',
      '<div',
      '<p class="x>text',
      '</>',
      '<!--',
      '<script>x',
      '<a href=x>y</a',
      '&#xZZ;',
      '<title>t',
    ])
      expect(() => splitHtml(html)).not.toThrow();
    expect(sectionTexts('<p>a < b</p>').body).toBe('a < b');
    expect(sectionTexts('<p>İİ</p><SCRIPT>x</SCRIPT><p>加微信</p>').body).toBe('İİ\n加微信');
  });

  it('property: every character of every run comes from its recorded source offset', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<h2>',
      '</h2>',
      '<footer>',
      '</footer>',
      '<title>',
      '</title>',
      '&amp;',
      '&#x5fae;',
      '&#24494;',
      '&nbsp;',
      '&bad;',
      '微',
      '信',
      'a',
      ' ',
      '\n',
      '<',
      '>',
      '&',
      '<script>赌博</script>',
      '<!-- 赌博 -->',
      '<meta name="keywords" content="赌&amp;博">',
      '<a href="x">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        for (const section of splitHtml(html)) {
          for (const run of section.runs) {
            expect(run.offsets[run.text.length]).toBe(run.end);
            for (let i = 0; i < run.text.length; i++) {
              const at = run.offsets[i];
              expect(at).toBeGreaterThanOrEqual(run.start);
              expect(at).toBeLessThan(run.end);
              if (i > 0) expect(at).toBeGreaterThanOrEqual(run.offsets[i - 1]);
              if (html[at] !== '&') expect(html[at]).toBe(run.text[i]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
