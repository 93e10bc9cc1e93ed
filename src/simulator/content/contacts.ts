import type { Random } from '../random.js';

// Contact details that sellers use to move buyers off the platform. The phone numbers use
// prefixes commonly seen as placeholders so that the demo does not print plausible real numbers.

const WECHAT_STEMS: readonly string[] = [
  'xiaomei',
  'lyhaowu',
  'tea_ajie',
  'guoyuan',
  'hk_daigou',
  'mm_shop',
  'wanwan',
  'ajie',
  'lili',
];
const PHONE_PREFIXES: readonly string[] = ['1380013', '1390000', '1860000', '1500000'];

export function wechatId(rng: Random): string {
  const stem = rng.pick(WECHAT_STEMS);
  return rng.chance(0.5) ? `${stem}${rng.digits(rng.int(2, 4))}` : `${stem}_${rng.digits(rng.int(3, 6))}`;
}

export function qqNumber(rng: Random): string {
  return rng.digits(rng.int(6, 10));
}

export function phoneNumber(rng: Random): string {
  const digits = `${rng.pick(PHONE_PREFIXES)}${String(rng.int(0, 9999)).padStart(4, '0')}`;
  switch (rng.int(0, 2)) {
    case 0:
      return digits;
    case 1:
      return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
    default:
      return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  }
}

export function contactVars(rng: Random): { wx: string; qq: string; phone: string } {
  return { wx: wechatId(rng), qq: qqNumber(rng), phone: phoneNumber(rng) };
}
