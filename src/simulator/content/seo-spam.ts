import type { Random } from '../random.js';
import type { ListingContent } from './listings.js';

// Listings written for the search box instead of the buyer: a title stuffed with the product name
// and its search variants, or a chain of unrelated trending words (brands, shopping festivals)
// hung at the end of the description where nobody reads it, only the search index.

const SEARCH_VARIANTS: readonly string[] = [
  '正品',
  '特价',
  '包邮',
  '批发',
  '官方旗舰店',
  '爆款',
  '2025新款',
  '热卖',
  '清仓',
  '工厂直销',
  '一件代发',
  '网红同款',
  '抖音同款',
  '送礼',
  '家用',
  '便宜',
];
const SEPARATORS: readonly string[] = ['|', '丨', '/', ' ', '、', '+'];
const TRENDING_WORDS: readonly string[] = [
  '耐克',
  '阿迪达斯',
  '李宁',
  '安踏',
  '华为',
  '小米',
  '苹果',
  '戴森',
  '兰蔻',
  '优衣库',
  '无印良品',
  '明星同款',
  '双十一',
  '618',
  '秒杀',
  '抖音爆款',
  '热搜',
  '平替',
  '大牌同款',
];

function distinct(rng: Random, pool: readonly string[], count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const word = rng.pick(pool);
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/** The product name repeated with search variants: "赣南脐橙|赣南脐橙正品|赣南脐橙包邮|…". */
export function stuffedNameChain(rng: Random, name: string): string {
  const sep = rng.pick(SEPARATORS);
  return [name, ...distinct(rng, SEARCH_VARIANTS, rng.int(5, 8)).map((v) => `${name}${v}`)].join(sep);
}

/** Trending words with nothing to do with the product, joined the way sellers paste them. */
export function trendingChain(rng: Random): string {
  return distinct(rng, TRENDING_WORDS, rng.int(6, 10)).join(rng.chance(0.5) ? ' ' : ',');
}

/** An ordinary listing turned into search spam; `cue` is the stuffed chain. */
export function keywordStuffedListing(rng: Random, base: ListingContent): ListingContent & { cue: string } {
  if (rng.chance(0.55)) {
    const chain = stuffedNameChain(rng, base.productName);
    return { ...base, title: chain, cue: chain };
  }
  const chain = trendingChain(rng);
  // Blank lines push the chain below what the product page shows.
  return { ...base, description: `${base.description}\n\n\n\n搜索关键词：${chain}`, cue: chain };
}
