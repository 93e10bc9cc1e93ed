import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../matcher.js';
import { T2S_PAIR_COUNT } from './t2s-map.js';
import { t2sPairs, toSimplified, toSimplifiedChar } from './traditional-to-simplified.js';

describe('Traditional → Simplified map', () => {
  it('folds single characters', () => {
    expect(toSimplifiedChar('說')).toBe('说');
    expect(toSimplifiedChar('會')).toBe('会');
    expect(toSimplifiedChar('為')).toBe('为');
    expect(toSimplifiedChar('爲')).toBe('为');
    expect(toSimplified('賭博網站')).toBe('赌博网站');
  });

  it('leaves Simplified text unchanged', () => {
    expect(toSimplified('微信')).toBe('微信');
    expect(toSimplified('加微信领取优惠')).toBe('加微信领取优惠');
  });

  it('holds only one-unit pairs, no identities, no chains', () => {
    const pairs = t2sPairs();
    expect(pairs.length).toBe(T2S_PAIR_COUNT);
    expect(pairs.length).toBeGreaterThan(2500);
    const keys = new Set(pairs.map(([k]) => k));
    for (const [from, to] of pairs) {
      expect(from.length).toBe(1);
      expect(to.length).toBe(1);
      expect(from).not.toBe(to);
      expect(keys.has(to)).toBe(false);
    }
  });

  it('lets a Simplified pattern find a Traditional listing at the original offsets', () => {
    const matcher = compileMatcher(['加微信', '赌博'], { unitMap: t2sPairs(), foldCase: true, foldWidth: true });
    const text = '正品保證，詳情請加微信諮詢。線上賭博勿擾';
    const found = matcher.findAll(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['加微信', '賭博']);
    const m = matcher.findAll(text)[1];
    expect([m.start, m.end]).toEqual([text.indexOf('賭博'), text.indexOf('賭博') + 2]);
  });
});

describe('t2s-map.ts', () => {
  it('is what generate-t2s.ts makes from the installed opencc-js', async () => {
    const { buildT2sPairs } = await import('./generate-t2s.js');
    const pairs = await buildT2sPairs();
    expect(pairs.map(([a, b]) => a + b).join('')).toBe(
      t2sPairs()
        .map(([a, b]) => a + b)
        .join(''),
    );
  });
});
