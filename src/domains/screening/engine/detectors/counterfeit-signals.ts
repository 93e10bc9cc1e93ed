import type { ScreenContext } from '../screen-text.js';

// Counterfeit signals that need a brand: 复刻, 原单, 1:1, 专柜品质 say "copy of a brand" only next to
// one (故宫文创 复刻 宋代茶盏 is an authorised replica of a museum piece, 复刻版搪瓷杯 a retro design),
// so lexicon entries tagged `needs-brand` count only when the item names a brand counterfeiters
// copy (BRANDS, in the text or in context.brand). And a brand product sold far under its floor
// price is a counterfeit signal when nothing else in the item says so (SK-II 神仙水 at ¥99): the
// default floors below are a stop-gap until the platform's own arrive
// (ScreeningEngineOptions.brandFloors replaces them).

/** Brands counterfeiters name, each with the spellings sellers use (folded: Simplified, lower case). */
export const BRANDS: readonly (readonly string[])[] = [
  ['louis vuitton', 'lv', '路易威登', '驴牌'],
  ['gucci', '古驰', '古奇'],
  ['chanel', '香奈儿', '小香'],
  ['dior', '迪奥'],
  ['hermes', 'hermès', '爱马仕'],
  ['prada', '普拉达'],
  ['rolex', '劳力士'],
  ['omega', '欧米茄'],
  ['cartier', '卡地亚'],
  ['tiffany', '蒂芙尼'],
  ['nike', '耐克', 'aj1', 'aj', 'air jordan'],
  ['adidas', '阿迪达斯', '阿迪', 'yeezy', '椰子'],
  ['balenciaga', '巴黎世家'],
  ['ysl', 'saint laurent', '圣罗兰'],
  ['versace', '范思哲'],
  ['coach', '蔻驰'],
  ['burberry', '巴宝莉'],
  ['fendi', '芬迪'],
  ['celine', '思琳'],
  ['moncler', '盟可睐'],
  ['canada goose', '加拿大鹅'],
  ['arcteryx', "arc'teryx", '始祖鸟'],
  ['sk-ii', 'skii', 'sk2'],
  ['estee lauder', '雅诗兰黛'],
  ['lancome', '兰蔻'],
  ['la mer', '海蓝之谜'],
  ['moutai', '茅台'],
  ['apple', 'airpods', 'iphone', '苹果'],
  ['dyson', '戴森'],
];

export interface BrandFloor {
  /** Spellings of the brand (folded). */
  brand: readonly string[];
  /** Spellings of the product the floor is for; any product of the brand when absent. */
  product?: readonly string[];
  /** The lowest credible price of a genuine item, CNY. */
  floor: number;
}

/** Default floors: flagship products whose genuine price is well known. */
export const DEFAULT_BRAND_FLOORS: readonly BrandFloor[] = [
  { brand: ['sk-ii', 'skii', 'sk2'], product: ['神仙水', '护肤精华露', 'facial treatment essence'], floor: 540 },
  { brand: ['茅台', 'moutai'], product: ['飞天'], floor: 1499 },
  { brand: ['爱马仕', 'hermes', 'hermès'], product: ['铂金包', 'birkin', '凯莉包', 'kelly'], floor: 30_000 },
  { brand: ['劳力士', 'rolex'], floor: 20_000 },
  { brand: ['香奈儿', 'chanel'], product: ['cf', '2.55', '链条包'], floor: 20_000 },
  { brand: ['路易威登', 'louis vuitton', 'lv'], product: ['neverfull', 'speedy', '老花'], floor: 5_000 },
  { brand: ['海蓝之谜', 'la mer'], product: ['面霜'], floor: 800 },
  { brand: ['迪奥', 'dior'], product: ['口红', '唇膏', 'lipstick', '999'], floor: 280 },
  { brand: ['香奈儿', 'chanel'], product: ['口红', '唇膏', 'lipstick'], floor: 280 },
  { brand: ['圣罗兰', 'ysl', 'saint laurent'], product: ['口红', '唇膏', 'lipstick', '小金条'], floor: 280 },
  { brand: ['雅诗兰黛', 'estee lauder'], product: ['小棕瓶', '精华'], floor: 400 },
  { brand: ['兰蔻', 'lancome'], product: ['小黑瓶', '精华'], floor: 500 },
  { brand: ['戴森', 'dyson'], product: ['吹风机', 'supersonic', '卷发棒'], floor: 1_500 },
  // Not 苹果 or apple: most of them are fruit, and an iPhone case names its phone.
  { brand: ['airpods'], floor: 800 },
];

/** A price under this share of the floor is not a discount but a different product. */
const FLOOR_SHARE = 0.3;

const isAsciiWordUnit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f;

/** Start of the first occurrence of a spelling as a word (ASCII spellings must stand alone), or -1. */
export function findSpelling(folded: string, spelling: string): number {
  const ascii = /^[\x20-\x7e]+$/.test(spelling);
  for (let at = folded.indexOf(spelling); at !== -1; at = folded.indexOf(spelling, at + 1)) {
    if (!ascii) return at;
    const before = at > 0 ? folded.charCodeAt(at - 1) : 0x20;
    const after = at + spelling.length < folded.length ? folded.charCodeAt(at + spelling.length) : 0x20;
    if (!isAsciiWordUnit(before) && !isAsciiWordUnit(after)) return at;
  }
  return -1;
}

/**
 * Whether the text or context.brand names a brand of BRANDS. Any other brand does not count: 故宫文创
 * 复刻 is a museum's own licensed reproduction.
 */
export function namesBrand(folded: string, context: ScreenContext | undefined, fold: (s: string) => string): boolean {
  const named = typeof context?.brand === 'string' ? fold(context.brand) : '';
  for (const spellings of BRANDS) {
    for (const s of spellings)
      if (findSpelling(folded, s) !== -1 || (named !== '' && findSpelling(named, s) !== -1)) return true;
  }
  return false;
}

// An amount the text asks for: ¥99, 99元, 批发价 299, 只要四百 is left to the context price.
const PRICE_IN_TEXT =
  /(?:[¥￥$]\s?|(?:价|只要|仅需?|才|到手)\s?)(\d{1,6}(?:\.\d{1,2})?)|(\d{1,6}(?:\.\d{1,2})?)\s?(?:元|块|rmb|cny)/gu;

export interface FloorHit {
  start: number;
  end: number;
  price: number;
  floor: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression per floor table that finds any of its brands: most texts name none. */
const anyBrand = new WeakMap<readonly BrandFloor[], RegExp>();

function anyBrandRe(floors: readonly BrandFloor[]): RegExp {
  let re = anyBrand.get(floors);
  if (!re) {
    re = new RegExp(floors.flatMap((f) => f.brand.map(escapeRe)).join('|') || '(?!)', 'u');
    anyBrand.set(floors, re);
  }
  return re;
}

/**
 * Cheap things that name a brand honestly: a sample, a trial size, an empty bottle, and accessories
 * made for the product (AirPods 保护套, 适用于戴森).
 */
const CHEAP_GENUINE =
  /小样|中样|试用装|体验装|旅行装|空瓶|空盒|包装盒|保护套|保护壳|手机壳|耳机套|收纳|挂绳|贴膜|充电线|数据线|适用于?|兼容|配件|sample|travel size|mini size|case for|compatible/u;

/** A price in the text, or the context price, far under the floor of a brand product the text names. */
export function findUnderFloor(
  folded: string,
  context: ScreenContext | undefined,
  floors: readonly BrandFloor[],
): FloorHit | undefined {
  if (!anyBrandRe(floors).test(folded) || CHEAP_GENUINE.test(folded)) return undefined;
  for (const f of floors) {
    let brandAt = -1;
    for (const s of f.brand) {
      brandAt = findSpelling(folded, s);
      if (brandAt !== -1) break;
    }
    if (brandAt === -1) continue;
    if (f.product && !f.product.some((p) => findSpelling(folded, p) !== -1)) continue;
    const limit = f.floor * FLOOR_SHARE;
    PRICE_IN_TEXT.lastIndex = 0;
    for (let m = PRICE_IN_TEXT.exec(folded); m !== null; m = PRICE_IN_TEXT.exec(folded)) {
      const price = Number(m[1] ?? m[2]);
      if (price > 0 && price < limit) return { start: m.index, end: m.index + m[0].length, price, floor: f.floor };
    }
    const amount = context?.price?.amount;
    if (typeof amount === 'number' && amount > 0 && amount < limit) {
      // Point at the amount where the text shows it, else at the brand.
      const text = String(amount);
      const at = folded.indexOf(text);
      if (at !== -1) return { start: at, end: at + text.length, price: amount, floor: f.floor };
      const brand = f.brand.find((s) => findSpelling(folded, s) !== -1) ?? '';
      return { start: brandAt, end: brandAt + brand.length, price: amount, floor: f.floor };
    }
  }
  return undefined;
}
