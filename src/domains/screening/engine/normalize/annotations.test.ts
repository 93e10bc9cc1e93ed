import { describe, expect, it } from 'vitest';
import { annotationMask, findAnnotations, isPinyin, stripRanges } from './annotations.js';

describe('phonetic annotations', () => {
  it('recognise pinyin, toneless, tone-marked or numbered', () => {
    for (const s of ['wei', 'du', 'jia', 'wéi', 'wei2', 'jia wei', 'zhuang', 'lü', 'nv'])
      expect(isPinyin(s)).toBe(true);
    for (const s of ['Apple', 'iPhone 15', '500g', 'xyz', '']) expect(isPinyin(s)).toBe(false);
  });

  it('mark parenthesised pinyin after a Han character', () => {
    const text = '加(jia)微（wei）信 赌(du)博';
    const ranges = findAnnotations(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['(jia)', '（wei）', '(du)']);
    const mask = annotationMask(text)!;
    expect(mask.length).toBe(text.length);
    expect([...mask].filter((b) => b === 1).length).toBe(5 + 5 + 4);
  });

  it('allow spaces between the character and its annotation', () => {
    const text = '微 (wei) 信';
    expect(findAnnotations(text).map((r) => text.slice(r.start, r.end))).toEqual(['(wei)']);
  });

  it('leave other parentheses alone', () => {
    expect(findAnnotations('苹果(Apple)手机, (wei) 尺码(500g) 微(')).toEqual([]);
    expect(annotationMask('没有注音')).toBeUndefined();
  });

  it('strip ranges while keeping each kept unit’s original offset', () => {
    const text = '微(wei)信号';
    const s = stripRanges(text, findAnnotations(text));
    expect(s.text).toBe('微信号');
    expect([...s.offsets]).toEqual([0, 6, 7, 8]);
  });
});
