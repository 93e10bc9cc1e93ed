import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../matcher.js';
import { isSeparator, separatorSet } from './separators.js';

const spans = (patterns: string[], text: string, skip = separatorSet()) =>
  compileMatcher(patterns, { skip, foldCase: true, foldWidth: true })
    .findAll(text)
    .map((m) => text.slice(m.start, m.end));

describe('separators', () => {
  it('are single code units', () => {
    for (const s of separatorSet()) expect(s.length).toBe(1);
  });

  it('cover zero-width characters, spaces and separator punctuation, half- and full-width', () => {
    for (const c of [
      '\u200b',
      '\u200c',
      '\u200d',
      '\ufeff',
      '\u00ad',
      ' ',
      '\u3000',
      '.',
      '·',
      '•',
      '*',
      '-',
      '_',
      '|',
      '/',
      '\\',
      '~',
    ])
      expect(isSeparator(c)).toBe(true);
    for (const c of ['．', '＊', '－', '＿', '｜', '／', '～', '・']) expect(isSeparator(c)).toBe(true);
  });

  it('leave out what would join words that were never written together', () => {
    for (const c of [':', '，', '。', '、', '\n', '(', 'a', '1']) expect(isSeparator(c)).toBe(false);
    expect(separatorSet({ spaces: false })).not.toContain(' ');
  });

  it('are stepped over inside a term, keeping original offsets', () => {
    expect(spans(['加微信'], '请加.微.信哦')).toEqual(['加.微.信']);
    expect(spans(['加微信'], '请加\u200b微信哦')).toEqual(['加\u200b微信']);
    expect(spans(['加微信'], '加 微 信')).toEqual(['加 微 信']);
    expect(spans(['加微信'], '加　微／信')).toEqual(['加　微／信']);
    expect(spans(['加v信'], '加 V 信')).toEqual(['加 V 信']);
    // Emoji and dingbats, in the basic plane or as surrogate pairs.
    expect(spans(['约炮'], '同城约💋炮')).toEqual(['约💋炮']);
    expect(spans(['加微信'], '加 🌟 微 🌟 信')).toEqual(['加 🌟 微 🌟 信']);
    expect(spans(['加微信'], '加✨微➡信')).toEqual(['加✨微➡信']);
    // A character outside the basic plane that is not an emoji still ends a term.
    expect(spans(['约炮'], '约\u{20000}炮')).toEqual([]);
  });

  it('do not join across sentence punctuation', () => {
    expect(spans(['微信'], '稍微，信息')).toEqual([]);
  });
});
