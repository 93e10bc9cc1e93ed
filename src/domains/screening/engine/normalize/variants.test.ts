import { describe, expect, it } from 'vitest';
import { expandVariants, pinyinVariants } from './variants.js';

describe('variants', () => {
  it('expand a term into bounded homophone and look-alike spellings, the term first', () => {
    const v = expandVariants('加微信');
    expect(v[0]).toBe('加微信');
    for (const s of ['加薇信', '加威信', '加危信', '加v信', '加vx', '伽微信', '加徽信', '加嶶信', '加wx'])
      expect(v).toContain(s);
    expect(v.length).toBeLessThanOrEqual(64);
    expect(new Set(v.map((s) => s.toLowerCase())).size).toBe(v.length);
    expect(expandVariants('加微信', { maxVariants: 5 })).toHaveLength(5);
  });

  it('substitute whole words', () => {
    expect(expandVariants('QQ')).toContain('扣扣');
    expect(expandVariants('加QQ')).toContain('加扣扣');
    expect(expandVariants('微信')).toEqual(expect.arrayContaining(['薇信', '徽信', '嶶信', 'vx']));
  });

  it('keep ordinary words only inside longer terms', () => {
    expect(expandVariants('微信')).not.toContain('威信');
    expect(expandVariants('QQ')).not.toContain('企鹅');
    expect(expandVariants('加微信')).toContain('加威信');
    expect(expandVariants('加QQ')).toContain('加企鹅');
  });

  it('leave terms without known variants alone', () => {
    expect(expandVariants('国家级')).toEqual(['国家级']);
  });

  it('give pinyin and initials', () => {
    expect(pinyinVariants('加微信')).toEqual(['jiaweixin', 'jwx']);
    expect(pinyinVariants('赌博')).toEqual(['dubo', 'db']);
    expect(pinyinVariants('QQ')).toEqual([]);
  });
});
