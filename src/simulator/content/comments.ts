import type { ProblemKind } from '../ground-truth.js';
import type { Random } from '../random.js';
import { contactVars } from './contacts.js';
import { trendingChain } from './seo-spam.js';
import { cueOf, fill, renderMarked } from './text.js';

// What buyers and viewers write: live-room chat, reviews and questions on listings, reviews of a
// shop. {product} is the listing being talked about, {link} its link number in the live room.
// [[…]] marks the cue of a problem comment or the confusable term of a hard negative.

export type CommentChannel = 'review' | 'question' | 'live_chat';

export const LIVE_CHAT: readonly string[] = [
  '主播好',
  '来了来了',
  '几号链接',
  '{product}多少钱',
  '有没有大码的',
  '发什么快递',
  '已拍',
  '已关注',
  '上链接',
  '主播声音好好听',
  '还有货吗',
  '求讲解{link}号',
  '能再便宜点吗',
  '拍了拍了',
  '新人有券吗',
  '什么时候发货',
  '666',
  '主播辛苦了',
  '这个颜色好看',
  '刚进来，现在讲的是哪个',
  '{link}号链接没库存了',
  '我上次买的{product}还没到',
];

export const LISTING_REVIEWS: readonly string[] = [
  '物流很快，包装完好',
  '{product}收到了，和图片一样',
  '味道不错，会回购',
  '质量还行，就是快递慢了点',
  '给家里人买的，都说好',
  '比超市便宜，东西也新鲜',
  '还没用，先好评',
  '一般般吧，对得起这个价',
  '包装有点简陋，东西没问题',
];

export const LISTING_QUESTIONS: readonly string[] = [
  '请问几天能到',
  '保质期多久',
  '老人能吃吗',
  '{product}有小包装的吗',
  '偏远地区包邮吗',
  '是现货吗',
  '可以指定快递吗',
];

export const SHOP_REVIEWS: readonly string[] = [
  '这家店客服态度很好',
  '回购很多次的店了，放心',
  '发货速度快，店家很负责',
  '售后处理太慢了，等了好几天',
];

// Ordinary comments with a term that a naive screen would flag.
const HARD_NEGATIVE_COMMENTS: Readonly<Record<CommentChannel, readonly string[]>> = {
  live_chat: [
    '[[扣1]]',
    '已拍，[[扣1]]了',
    '[[第一次]]来，主播好',
    '[[微信]]支付可以吗',
    '[[冰糖]]橙还有吗',
    '这个茶[[叶子]]是整片的吗',
    '主播是不是[[最后一天]]播了？明天还有吗',
  ],
  review: [
    '这是我买过[[最好]]的一件',
    '[[第一次]]买，比想象中好',
    '[[微波炉]]好用，加热一下就能吃',
    '[[性价比]]很高，推荐',
    '好吃到[[爆炸]]，已经回购三次了',
    '给我爸买的，他有[[高血压]]，这个低盐的正合适',
    '[[叶子]]很完整，泡出来很香',
  ],
  question: [
    '能开[[发票]]吗？公司报销用',
    '[[微波炉]]能直接加热吗',
    '这个是[[正品]]吗，有授权吗',
    '[[冰糖]]是单晶的还是多晶的',
  ],
};

export type CommentProblemKind = Extract<
  ProblemKind,
  'off_platform' | 'sexual' | 'gambling' | 'drugs' | 'fraud' | 'spam_seo'
>;

// Comment spam in live rooms comes as floods: one account pasting the same line over and over.
const PROBLEM_COMMENTS: Readonly<Record<CommentProblemKind, readonly string[]>> = {
  off_platform: [
    '店里太贵了，[[加我微信]]{wx}拿货更便宜',
    '同款便宜一半，[[vx]]：{wx}',
    '有需要的[[扣扣]]{qq}，厂家直销',
    '想要的直接[[打我电话]]{phone}，不走平台',
  ],
  sexual: [
    '小哥哥[[约吗]]，同城的私我',
    '寂寞的哥哥来找我[[裸聊]]，点头像',
    '[[看片]]加群，资源多多，主页有',
    '同城[[上门]]，学生妹，私聊看照片',
  ],
  gambling: ['[[上分]]找我，下分秒到', '来玩[[百家乐]]，首充送88，主页有链接', '[[彩票计划]]群，跟着买稳赚'],
  drugs: ['有[[叶子]]吗，懂的私', '同城有一起[[溜冰]]的吗，私我', '要[[安眠药]]的找我，不用处方'],
  fraud: [
    '[[兼职刷单]]，一单一结，日赚三百，私我',
    '急用钱的看我主页，[[不看征信]]秒下款',
    '花呗[[套现]]，费率最低，私',
    '出[[实名号]]，微信抖音都有，包售后',
  ],
  spam_seo: ['关注主页[[领红包]]，先到先得', '[[低价代刷]]粉丝点赞播放，主页有价格', '[[互粉互赞]]，回关必回'],
};

export const COMMENT_PROBLEM_WEIGHTS: readonly { kind: CommentProblemKind; weight: number }[] = [
  { kind: 'off_platform', weight: 3 },
  { kind: 'spam_seo', weight: 1.2 },
  { kind: 'fraud', weight: 1 },
  { kind: 'sexual', weight: 1 },
  { kind: 'gambling', weight: 0.6 },
  { kind: 'drugs', weight: 0.4 },
];

/** How many copies a live-chat spam flood posts, and the mean, for the share arithmetic. */
export const FLOOD_LENGTH: readonly [number, number] = [3, 6];

export function composeOrdinaryComment(
  rng: Random,
  channel: CommentChannel,
  target: 'listing' | 'merchant',
  vars: { product: string; link: number },
): string {
  if (channel === 'live_chat') return fill(rng.pick(LIVE_CHAT), vars);
  if (target === 'merchant') return rng.pick(SHOP_REVIEWS);
  return fill(rng.pick(channel === 'question' ? LISTING_QUESTIONS : LISTING_REVIEWS), vars);
}

export function composeHardNegativeComment(rng: Random, channel: CommentChannel): { text: string; term: string } {
  const marked = renderMarked(rng.pick(HARD_NEGATIVE_COMMENTS[channel]));
  return { text: marked.text, term: cueOf(marked) };
}

/**
 * A problem comment. Spam on a listing is a chain of trending words with a pointer to the
 * spammer's shop; in a live room it is one of the flood lines.
 */
export function composeProblemComment(
  rng: Random,
  kind: CommentProblemKind,
  channel: CommentChannel,
): { text: string; cue: string } {
  if (kind === 'spam_seo' && channel !== 'live_chat') {
    const chain = trendingChain(rng);
    return { text: `${chain} 点头像进店看看`, cue: chain };
  }
  const marked = renderMarked(rng.pick(PROBLEM_COMMENTS[kind]), contactVars(rng));
  return { text: marked.text, cue: cueOf(marked) };
}

/** The copies of a flood line: small changes at the end, as spammers make to get past duplicate filters. */
export function floodCopies(rng: Random, text: string): string[] {
  const count = rng.int(FLOOD_LENGTH[0], FLOOD_LENGTH[1]);
  const tails = ['', '！', '!!', '～', '🔥', '🧧', '。。'];
  return Array.from({ length: count }, (_, i) => (i === 0 ? text : `${text}${rng.pick(tails)}`));
}

/** Mean number of events of a live-chat problem episode: floods post several copies. */
export function meanChatEpisodeLength(): number {
  let total = 0;
  let weighted = 0;
  for (const { kind, weight } of COMMENT_PROBLEM_WEIGHTS) {
    total += weight;
    weighted += weight * (kind === 'spam_seo' ? (FLOOD_LENGTH[0] + FLOOD_LENGTH[1]) / 2 : 1);
  }
  return weighted / total;
}
