import type { Random } from '../random.js';
import type { ListingContent } from './listings.js';
import { cueOf, priceInRange, renderMarked } from './text.js';

// Ordinary content that contains words a naive screen would flag. [[…]] marks the confusable term.

/** How often ordinary content is drawn from these tables instead of the normal ones. */
export const HARD_NEGATIVE_SHARE = 0.06;

export const HARD_NEGATIVE_LIVE_LINES: readonly string[] = [
  '[[最近]]天气转凉了，大家出门注意保暖',
  '[[第一次]]来直播间的宝宝点个关注，有新人券',
  '[[最近]]很多宝宝问什么时候补货，今天终于到了',
  '这是我们今年[[第一批]]新茶，采摘下来马上就炒了',
  '我们家茶叶都是手工挑的，[[叶子]]特别完整',
  '支持[[微信]]支付和支付宝，下单以后在订单里就能看到物流',
  '炖梨的话放两块[[冰糖]]，润润嗓子',
  '家里老人有[[高血压]]的，记得按医生说的吃药，别信那些保健品',
  '这个模型是[[1:1]]比例还原的，收藏党可以看看',
  '有宝宝问是不是[[正品]]，我们有品牌授权书，页面上可以看到',
];

const HARD_NEGATIVE_LISTINGS: readonly { template: string; category: string; priceYuan: readonly [number, number] }[] =
  [
    { template: '[[1:1]]比例 合金汽车模型 收藏摆件', category: '玩具模型', priceYuan: [89, 299] },
    { template: '[[第一次]]养猫必备 新手套装 猫砂盆猫碗', category: '宠物用品', priceYuan: [59, 159] },
    { template: '[[最近]]很火的 网红螺蛳粉 5袋装', category: '食品生鲜', priceYuan: [29, 59] },
    { template: '老[[冰糖]] 500g 煲汤炖梨 单晶黄冰糖', category: '食品生鲜', priceYuan: [9, 29] },
    { template: '高山绿茶 一芽一[[叶]] 叶底完整 250g', category: '茶叶冲饮', priceYuan: [59, 199] },
    { template: '中老年[[血压]]记录本 大字版 送家人', category: '文具图书', priceYuan: [9, 19] },
    { template: '[[国家]]地理 2025 年历 精装', category: '文具图书', priceYuan: [39, 89] },
  ];

export interface HardNegativeListing extends ListingContent {
  term: string;
}

export function composeHardNegativeListing(rng: Random): HardNegativeListing {
  const entry = rng.pick(HARD_NEGATIVE_LISTINGS);
  const marked = renderMarked(entry.template);
  return {
    productName: marked.text.split(' ')[0] ?? marked.text,
    title: marked.text,
    description: `${marked.text}。48小时内发货，支持7天无理由退货。`,
    category: entry.category,
    price: priceInRange((a, b) => rng.int(a, b), entry.priceYuan),
    attributes: {},
    presale: false,
    term: cueOf(marked),
  };
}

export function composeHardNegativeLine(rng: Random): { text: string; term: string } {
  const marked = renderMarked(rng.pick(HARD_NEGATIVE_LIVE_LINES));
  return { text: marked.text, term: cueOf(marked) };
}
