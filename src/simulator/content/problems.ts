import type { ProblemKind } from '../ground-truth.js';
import type { Random } from '../random.js';
import { contactVars } from './contacts.js';
import { DRAMA_SCRIPTS } from './drama.js';
import { composeListing, type ListingContent, PRODUCTS } from './listings.js';
import { keywordStuffedListing } from './seo-spam.js';
import { cueOf, type MarkedText, priceInRange, renderMarked } from './text.js';

// Problem cases, one table per kind. [[…]] marks the cue; {wx}/{qq}/{phone} are contact details,
// {product}/{price} the product being sold, {brand}/{item} a counterfeit target.

export const BRANDS: readonly { brand: string; item: string; category: string; realPriceYuan: number }[] = [
  { brand: '耐克', item: 'AJ1 高帮篮球鞋', category: '服饰鞋包', realPriceYuan: 1299 },
  { brand: 'LV', item: '老花 Neverfull 托特包', category: '服饰鞋包', realPriceYuan: 14_500 },
  { brand: '古驰', item: '双G 皮带', category: '服饰鞋包', realPriceYuan: 3_800 },
  { brand: '香奈儿', item: 'CF 链条包', category: '服饰鞋包', realPriceYuan: 78_000 },
  { brand: '迪奥', item: '烈艳蓝金口红 999', category: '美妆个护', realPriceYuan: 350 },
  { brand: '雅诗兰黛', item: '小棕瓶精华 50ml', category: '美妆个护', realPriceYuan: 880 },
  { brand: '戴森', item: 'HD15 吹风机', category: '数码配件', realPriceYuan: 3_199 },
  { brand: '苹果', item: 'AirPods Pro 耳机', category: '数码配件', realPriceYuan: 1_899 },
  { brand: '劳力士', item: '绿水鬼 腕表', category: '文玩珠宝', realPriceYuan: 80_000 },
];

const COUNTERFEIT_EUPHEMISMS: readonly string[] = ['高仿', '复刻', '原单', '1:1', '纯原', '公司级', '顶级版本', '尾单'];

// Ordinary goods sold to the elderly with medical claims.
const HEALTH_GOODS: readonly { name: string; category: string; priceYuan: readonly [number, number] }[] = [
  { name: '苦荞茶', category: '茶叶冲饮', priceYuan: [39, 99] },
  { name: '磁疗护膝', category: '中老年用品', priceYuan: [59, 199] },
  { name: '富硒大米', category: '食品生鲜', priceYuan: [69, 159] },
  { name: '艾草泡脚包', category: '中老年用品', priceYuan: [29, 89] },
  { name: '远红外磁疗床垫', category: '家居日用', priceYuan: [599, 2_980] },
  { name: '野生蜂蜜', category: '食品生鲜', priceYuan: [49, 168] },
];

// Kinds whose listing is a template of its own; spam_seo is built from keyword chains instead.
type TemplatedListingKind = Exclude<ProblemKind, 'staged_drama' | 'price_fraud' | 'spam_seo'>;

const LISTING_TEMPLATES: Readonly<Record<TemplatedListingKind, readonly string[]>> = {
  off_platform: [
    '下单前请先[[加微信]] {wx} 领券，价格更优惠。',
    '拍下不发货，请[[私聊vx]] {wx} 确认后再下单。',
    '批发拿货请联系[[扣扣]] {qq}，量大从优。',
    '售后直接打 [[{phone}]]，不走平台处理更快。',
    '老客户[[加薇信]] {wx}，每周上新第一时间通知。',
  ],
  superlative: [
    '[[全网第一]] {name} {spec} 品质保证',
    '[[国家级]]工艺 {name} {spec} 送礼首选',
    '{name} {spec} [[销量第一]] 顶级品质',
    '[[史上最低价]] {name} {spec} 错过再等一年',
    '{name} {spec} [[全网最好]]的一款 没有之一',
  ],
  health_claim: [
    '【中老年专用】{name} 血压稳稳的 [[降三高]]',
    '{name} 叔叔阿姨的福音 [[根治关节炎]] 用了就不疼',
    '{name} [[降血糖]] 爸妈常用 药都可以停了',
    '{name} 中老年人常吃 [[防癌抗癌]] 增强免疫',
    '{name} [[治疗失眠]] 一晚睡到天亮 老人必备',
  ],
  counterfeit: [
    '{brand} {item} [[{euph}]] 专柜品质',
    '[[{euph}]]{brand} {item} 细节一比一 送礼有面',
    '{brand}同款 {item} [[{euph}]]版本 支持对比专柜',
  ],
  gambling: [
    '欢乐棋牌 金币充值 [[上分下分]] 秒到账',
    '[[时时彩]]计划软件 永久激活 稳赚不赔',
    '体育赛事[[内部推单]] 包赢 不中退款',
  ],
  drugs: ['[[叶子]] 懂的来 不是茶叶 私聊', '进口助眠 [[不用处方]] 强效 懂的私聊', '[[邮票]] 收藏级 懂的来'],
  sexual: [
    '[[福利姬]] 私房写真 原图 自动发货 懂的来',
    '一对一 真人[[裸聊]] 视频在线 包满意',
    '同城[[上门服务]] 安排 颜值在线 私聊看照片',
    '深夜[[成人视频]] 资源合集 网盘链接 秒发',
  ],
  weapons: [
    '[[钢珠弩]] 户外狩猎 射程远 拆开发货',
    '合金[[仿真枪]] 可发射 金属结构 送弹',
    '[[气狗]] 全套配件 懂的来 私聊',
    '户外防身 [[开刃]]军刺 三棱 锋利',
    '高压[[电击器]] 防身 女士随身',
    '[[黑火药]] 自制烟花 配方 导火索一起发',
  ],
  fraud: [
    '[[代开发票]] 增值税专票 各行业 可查验',
    '[[办证]] 毕业证 学位证 驾驶证 全国可查 加急',
    '[[刷单]]兼职 日结 手机就能做 宝妈学生优先',
    '[[无视征信]] 急用钱 当天下款 黑户可办',
    '信用卡[[套现]] 花呗提现 秒到 费率低',
    '出售[[实名微信号]] 满月老号 可换绑 包解封',
    '精准[[业主电话名单]] 按小区出 可定制',
  ],
};

// Where a listing that sells something forbidden pretends to belong.
const COVER_CATEGORY: Readonly<Record<'gambling' | 'drugs' | 'sexual' | 'weapons' | 'fraud', string>> = {
  gambling: '游戏点卡',
  drugs: '家居日用',
  sexual: '虚拟商品',
  weapons: '户外运动',
  fraud: '本地生活服务',
};

export interface ProblemListing extends ListingContent {
  kind: ProblemKind;
  cue: string;
}

/**
 * Kinds a new listing can carry. Price fraud is not among them: a "was" price is only a lie against
 * what the listing sold at, so it comes from a later re-upsert (repriceListing).
 */
export type ListingProblemKind = Exclude<ProblemKind, 'staged_drama' | 'price_fraud'>;

export const LISTING_PROBLEM_WEIGHTS: readonly { kind: ListingProblemKind; weight: number }[] = [
  { kind: 'off_platform', weight: 3 },
  { kind: 'superlative', weight: 3 },
  { kind: 'health_claim', weight: 2 },
  { kind: 'counterfeit', weight: 3 },
  { kind: 'spam_seo', weight: 0.6 },
  { kind: 'fraud', weight: 0.5 },
  { kind: 'gambling', weight: 0.4 },
  { kind: 'drugs', weight: 0.3 },
  { kind: 'sexual', weight: 0.3 },
  { kind: 'weapons', weight: 0.3 },
];

const ORDINARY_PRODUCTS = PRODUCTS.filter((p) => p.category !== '医药健康');

export function composeProblemListing(rng: Random, kind: ListingProblemKind): ProblemListing {
  if (kind === 'spam_seo') {
    const { cue, ...content } = keywordStuffedListing(rng, composeListing(rng, rng.pick(ORDINARY_PRODUCTS)));
    return { ...content, kind, cue };
  }
  if (kind === 'counterfeit') {
    const target = rng.pick(BRANDS);
    const marked = renderMarked(rng.pick(LISTING_TEMPLATES.counterfeit), {
      brand: target.brand,
      item: target.item,
      euph: rng.pick(COUNTERFEIT_EUPHEMISMS),
    });
    const price = Math.round(target.realPriceYuan * (0.05 + rng.next() * 0.1)) * 100;
    return {
      productName: `${target.brand}${target.item}`,
      title: marked.text,
      description: `${marked.text}。做工对比专柜，细节到位，懂货的来。`,
      category: target.category,
      price: Math.max(price, 5_900),
      attributes: { 品牌: target.brand },
      presale: false,
      kind,
      cue: cueOf(marked),
    };
  }
  if (kind === 'health_claim') {
    const good = rng.pick(HEALTH_GOODS);
    const marked = renderMarked(rng.pick(LISTING_TEMPLATES.health_claim), { name: good.name });
    return {
      productName: good.name,
      title: marked.text,
      description: `爸妈用了都说好，${marked.text}。叔叔阿姨放心买，货到付款。`,
      category: good.category,
      price: priceInRange((a, b) => rng.int(a, b), good.priceYuan),
      attributes: { 适用人群: '中老年人' },
      presale: false,
      kind,
      cue: cueOf(marked),
    };
  }
  const base = composeListing(rng, rng.pick(ORDINARY_PRODUCTS));
  const spec = base.attributes.规格 ?? '';
  const marked = renderMarked(rng.pick(LISTING_TEMPLATES[kind]), { name: base.productName, spec, ...contactVars(rng) });
  if (kind === 'off_platform') {
    return { ...base, description: `${base.description}${marked.text}`, kind, cue: cueOf(marked) };
  }
  if (kind === 'superlative') {
    return { ...base, title: marked.text, kind, cue: cueOf(marked) };
  }
  // Forbidden goods and services hide behind a harmless category.
  return {
    ...base,
    productName: marked.text.split(' ')[0] ?? marked.text,
    title: marked.text,
    description: `${marked.text}。`,
    category: COVER_CATEGORY[kind],
    attributes: {},
    kind,
    cue: cueOf(marked),
  };
}

// —— live talk ——

// Hosts do not keyword-stuff their speech: spam reaches live rooms as chat floods (comments.ts).
export type LiveTermKind = Exclude<ProblemKind, 'staged_drama' | 'price_fraud' | 'spam_seo'>;

const LIVE_LINES: Readonly<Record<LiveTermKind, readonly string[]>> = {
  off_platform: [
    '直播间不方便说，想要的[[加我微信]]{wx}，私下给你们便宜',
    '[[vx]]搜{wx}，备注直播间，送你们小礼品',
    '宝宝们[[加薇信]]{wx}，拉你们进福利群',
    '拍不到的宝宝[[扣扣]]{qq}找我，我给你们留货',
    '直接[[打电话]]{phone}下单，不走平台给你们省手续费',
    '关注我，主页有[[V我]]的方式，{wx}，私聊有惊喜',
  ],
  superlative: [
    '这是[[全网最好]]的{product}，没有之一',
    '我们家{product}[[销量第一]]，你们放心拍',
    '这个是[[国家级]]的工艺，外面根本买不到',
    '{price}元这个价格是[[全网最低]]，你们去比',
    '用过的都说是[[最好用]]的{product}，闭眼入',
  ],
  health_claim: [
    '叔叔阿姨们看过来，这个苦荞茶每天喝一杯，[[降血压]]效果特别好',
    '叔叔阿姨们，这个蜂蜜每天一勺，[[降血糖]]比吃药还管用',
    '家里有老人的一定要买这个护膝，[[治疗关节炎]]，贴三天就不疼了',
    '阿姨你听我的，这个泡脚包能[[排毒]]，血管都通了',
    '这个富硒米常吃[[防癌抗癌]]，医院都不会告诉你',
    '爷爷奶奶们，这个床垫睡一个月，高血压都下来了，[[药都可以停了]]',
  ],
  counterfeit: [
    '这款{brand}是[[原单]]货，跟专柜一模一样',
    '懂的都懂，{brand}[[高仿]]的，拿去专柜都验不出来',
    '{brand}这个是[[1:1]]做的，细节全部到位',
    '我们家{brand}是[[复刻]]版，价格只要专柜一折',
  ],
  gambling: [
    '喜欢玩的加群，[[上分]]找我，下分秒到',
    '今晚直播间开奖，[[押大小]]，中了翻十倍',
    '跟着我的[[彩票计划]]买，稳赚不赔',
  ],
  drugs: [
    '想要劲大的[[叶子]]私聊，懂的来',
    '有[[冰糖]]的，不是吃的那种，私信我',
    '睡不着的找我，进口[[安眠药]]，不用处方',
  ],
  sexual: [
    '今晚十二点以后开[[私密直播]]，想看的点关注，刷个嘉年华进群',
    '榜一大哥加我私聊，[[私房照]]发给你，别的宝宝不给看',
    '刷满十个嘉年华我就[[脱一件]]，说到做到',
    '同城的哥哥想要[[上门]]服务的私信我，价格好说',
  ],
  weapons: [
    '这个[[钢珠弩]]拆开发，收到自己装，打野兔一打一个准',
    '要[[气狗]]的私聊，配件齐全，直播间不方便说',
    '车上放一根[[甩棍]]，防身用，女孩子也拿得动',
    '这把刀是[[开过刃]]的，到手就能用，走物流不走快递',
  ],
  fraud: [
    '想赚零花钱的宝宝私信我，[[刷单]]返佣，一单十块，日结',
    '急用钱的找我，[[不看征信]]，当天就能下款',
    '花呗额度用不完的，我这能[[套现]]，秒到账',
    '公司要报销的也找我，[[代开发票]]，什么项目都能开',
  ],
};

export const LIVE_PROBLEM_WEIGHTS: readonly { kind: LiveTermKind | 'staged_drama'; weight: number }[] = [
  { kind: 'off_platform', weight: 3 },
  { kind: 'superlative', weight: 3 },
  { kind: 'health_claim', weight: 2.5 },
  { kind: 'counterfeit', weight: 1.5 },
  { kind: 'staged_drama', weight: 1.5 },
  { kind: 'gambling', weight: 0.4 },
  { kind: 'drugs', weight: 0.3 },
  { kind: 'fraud', weight: 0.4 },
  { kind: 'sexual', weight: 0.3 },
  { kind: 'weapons', weight: 0.3 },
];

/** How often a live cue is split over two segments. */
export const STRADDLE_SHARE = 0.3;

export function composeLiveProblemLine(
  rng: Random,
  kind: LiveTermKind,
  vars: { product: string; price: string },
): MarkedText {
  return renderMarked(rng.pick(LIVE_LINES[kind]), { ...vars, ...contactVars(rng), brand: rng.pick(BRANDS).brand });
}

/**
 * The chance that an utterance not already inside an episode starts a problem episode. Episodes
 * can span more than one event (drama scripts, split cues, chat floods), so rolling the share
 * itself would overshoot: with E the mean episode length, the share f of problem events in the
 * long run is p·E / (1 + p·(E − 1)); this solves that for p.
 */
export function episodeStartProbability(share: number, meanEpisodeLength: number): number {
  if (share <= 0) return 0;
  if (share >= 1) return 1;
  const e = meanEpisodeLength;
  return share / (e - share * (e - 1));
}

/** episodeStartProbability for transcript segments. */
export function liveEpisodeProbability(share: number): number {
  const meanDrama = DRAMA_SCRIPTS.reduce((sum, s) => sum + s.lines.length, 0) / DRAMA_SCRIPTS.length;
  let total = 0;
  let weighted = 0;
  for (const { kind, weight } of LIVE_PROBLEM_WEIGHTS) {
    total += weight;
    weighted += weight * (kind === 'staged_drama' ? meanDrama : 1 + STRADDLE_SHARE);
  }
  return episodeStartProbability(share, weighted / total);
}
