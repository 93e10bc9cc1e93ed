import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT_ID, mayHoldContactId } from './screen-text.js';

// The prefilter may let through text without a contact id, never hold back one that has one.

const PIECES = [
  '微信',
  '薇❤信',
  'vx',
  'V信',
  'qq',
  'tg',
  'line id',
  ':',
  '：',
  ' ',
  '\u3000',
  '\n',
  '号',
  '搜',
  '@',
  '_',
  '-',
  'a',
  'K',
  'ſ',
  '\u212a',
  'b7',
  '1',
  '9',
  '三',
  '幺',
  '③',
  '❽',
  '８',
  '衣服',
  '。',
];

describe('the contact-id prefilter', () => {
  it('passes every text in which the contact-id expression matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        CONTACT_ID.lastIndex = 0;
        if (CONTACT_ID.test(text)) expect(mayHoldContactId(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('holds back ordinary shop text', () => {
    expect(mayHoldContactId('纯棉四件套 1.5m床 被套床单枕套，支持七天无理由退换')).toBe(false);
    expect(mayHoldContactId('加微信 abc12345 咨询')).toBe(true);
    expect(mayHoldContactId('扣扣 一 三 九 八 八')).toBe(true);
  });
});
