import { describe, expect, it } from 'vitest';
import { contentLanguageOf } from './content-language.js';

describe('content language', () => {
  it('reads Chinese, English, and a mix by weight', () => {
    expect(contentLanguageOf('加微信领优惠')).toBe('zh');
    expect(contentLanguageOf('DM me on telegram for cheaper prices')).toBe('en');
    expect(contentLanguageOf('iPhone 15 Pro 高仿原单，包邮')).toBe('zh');
    expect(contentLanguageOf('This genuine leather bag is the best quality, 正品')).toBe('en');
    expect(contentLanguageOf('123 !!!')).toBe('und');
  });
});
