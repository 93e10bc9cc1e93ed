import type { EventData } from '../../platform/events/event-types.js';
import type { ProblemKind } from '../ground-truth.js';

// What buyers say after the sale: reviews, surveys, app feedback, hotline notes, chats, reports
// and return reasons. {product} and {order} are filled in by the generator.

export const POSITIVE_REVIEWS: readonly string[] = [
  '物流很快，包装完好，{product}很好用',
  '第二次回购了，品质一直很稳定',
  '和主播说的一样，性价比很高，好评',
  '给爸妈买的，他们说很喜欢',
  '客服回复很及时，有问题马上解决了',
];

export const NEGATIVE_REVIEWS: readonly string[] = [
  '收到的{product}和直播间说的不一样，有点失望',
  '包装破损，客服态度也不好',
  '质量一般，用了两天就坏了',
  '发货太慢了，等了快一个星期',
  '直播间说送赠品，结果什么都没有',
];

export const SURVEY_ANSWERS: readonly { minScore: number; texts: readonly string[] }[] = [
  { minScore: 9, texts: ['会推荐给朋友，售后处理很快', '东西好，主播讲得也实在'] },
  { minScore: 7, texts: ['还行吧，价格再低点就好了', '整体还可以，物流一般'] },
  { minScore: 0, texts: ['退款拖了一个星期，不会再买了', '直播间说得天花乱坠，收到货完全不是那回事'] },
];

export const APP_FEEDBACK: readonly string[] = [
  '直播间一直有人刷屏让加微信，很烦',
  '推荐的直播老是卖惨演戏，不感兴趣',
  '搜索结果里好多同款，不知道哪个是正品',
  'App 有时候闪退，订单页打不开',
  '这个主播天天说最后一天，屏蔽了',
  '希望能按价格排序直播间的商品',
];

export const HOTLINE_NOTES: readonly string[] = [
  '来电人反映：订单{order}付款三天未发货，要求催促商家发货',
  '来电人反映：家中老人在直播间买了保健品，要求退款',
  '来电人咨询运费险理赔进度，订单{order}',
  '来电人反映：收到商品与描述不符，商家拒绝退货',
];

export const CHAT_MESSAGES: readonly string[] = [
  '你好，我的快递三天没动了，能帮忙查一下吗',
  '收到的东西少了一件，订单{order}',
  '申请退货后商家一直不处理，怎么办',
  '想问一下{product}还有没有货',
];

// Report categories as the simulator files them; Xinren maps them onto its own taxonomy.
export const REPORT_CATEGORY: Readonly<Record<ProblemKind, string>> = {
  off_platform: 'off_platform_trading',
  superlative: 'false_advertising',
  health_claim: 'false_health_claim',
  counterfeit: 'counterfeit',
  price_fraud: 'price_fraud',
  staged_drama: 'staged_drama',
  gambling: 'gambling',
  drugs: 'drugs',
  sexual: 'sexual_content',
  spam_seo: 'spam',
  weapons: 'weapons',
  fraud: 'fraud',
};

// What reporters write, by what they report: a listing, a live stream and its host, or a comment
// (only the kinds that comments carry).
export const REPORT_EXPLANATIONS: Readonly<
  Record<ProblemKind, { listing: readonly string[]; live: readonly string[]; comment?: readonly string[] }>
> = {
  off_platform: {
    listing: ['商品详情里留了微信号，让拍之前先加', '客服让我去QQ上转账付款，不走平台'],
    live: ['主播在直播间让大家加微信私下交易', '主播报了个电话号码，让直接打电话下单'],
    comment: ['评论区有人留微信号拉人私下买', '有人在评论里说不走平台更便宜'],
  },
  superlative: {
    listing: ['标题写全网第一、国家级，明显夸大宣传', '标题写史上最低价，其实别家更便宜'],
    live: ['主播一直说全网最好、销量第一，夸大宣传', '主播说全网最低价，其实别家更便宜'],
  },
  health_claim: {
    listing: ['普通食品宣传能治病，说可以停药', '商品标题写降三高、抗癌，骗老年人'],
    live: ['主播对着老年人说茶叶能降血压，我妈差点把药停了', '主播说护膝能治关节炎，忽悠老人'],
  },
  counterfeit: {
    listing: ['卖的是高仿，价格只有专柜一折', '标题写复刻、原单，就是假货'],
    live: ['主播说是原单，其实就是假货', '直播间公开卖高仿大牌'],
  },
  price_fraud: {
    listing: ['标的原价好几千，从来没卖过这个价', '先涨价再打折，原价是假的'],
    live: ['主播说的原价是编的，从来没卖过'],
  },
  staged_drama: {
    listing: ['商品页写工厂倒闭清仓，天天都这么写'],
    live: ['主播和老板演吵架逼单', '卖惨说家人住院，每天都是这个剧本', '天天说最后一天关店，都播了一个月了'],
  },
  gambling: {
    listing: ['商品其实是赌博上分', '卖彩票计划，说稳赚不赔'],
    live: ['直播间在拉人进群押大小', '主播让大家找他上分'],
    comment: ['评论区有人拉人上分赌博', '评论里在推百家乐链接'],
  },
  drugs: {
    listing: ['疑似在卖违禁品，写着懂的来', '卖不用处方的强效助眠药'],
    live: ['主播说有叶子，懂的私聊，疑似毒品', '主播说有不用处方的安眠药'],
    comment: ['评论区有人问叶子，疑似买卖毒品', '有人在评论里卖安眠药'],
  },
  sexual: {
    listing: ['挂着卖写真，其实是色情内容', '商品是同城上门服务，疑似卖淫'],
    live: ['主播说刷礼物就脱衣服，低俗', '主播拉人进群看私密直播'],
    comment: ['评论区有人发约炮信息', '有人在评论里拉人看黄色视频'],
  },
  spam_seo: {
    listing: ['标题堆了一大串关键词，根本看不出卖什么', '详情页最下面藏了一堆品牌名，蹭搜索'],
    live: ['直播间一直有人刷屏打广告'],
    comment: ['同一个号在直播间刷屏发广告', '评论里全是广告关键词'],
  },
  weapons: {
    listing: ['卖的是钢珠弩，属于管制物品', '仿真枪说能发射，还送弹'],
    live: ['主播在卖气枪配件，让私聊', '主播卖开了刃的刀，说走物流不走快递'],
  },
  fraud: {
    listing: ['商品是代开发票，违法', '招刷单兼职，是骗局', '卖实名微信号和电话名单'],
    live: ['主播招人刷单，说一单返十块', '主播说不看征信当天放款，疑似套路贷'],
    comment: ['评论区有人招刷单兼职，是诈骗', '有人在评论里推花呗套现'],
  },
};

/** Reports about content that is in fact fine: people report in good faith and are sometimes wrong. */
export const UNFOUNDED_REPORTS: readonly { category: string; explanation: string }[] = [
  { category: 'counterfeit', explanation: '价格太便宜了，怀疑是假的' },
  { category: 'other', explanation: '主播说话太快了，听不清楚' },
  { category: 'false_advertising', explanation: '感觉图片修得太好看了' },
  { category: 'other', explanation: '发货慢，催了也没用' },
];

type ReturnReason = EventData<'return.requested'>['reason'];

export const RETURN_REASONS: readonly { reason: ReturnReason; explanation: string; weight: number }[] = [
  { reason: 'no_reason_7_days', explanation: '不想要了，七天无理由退货', weight: 5 },
  { reason: 'quality', explanation: '用了两天就坏了', weight: 2 },
  { reason: 'not_as_described', explanation: '颜色和图片差很多，跟直播间说的不一样', weight: 2 },
  { reason: 'damaged', explanation: '快递压坏了，外包装都破了', weight: 1 },
  { reason: 'wrong_item', explanation: '发错规格了', weight: 1 },
  { reason: 'allergy', explanation: '用了以后脸上起红疹', weight: 0.5 },
  { reason: 'other', explanation: '家里人已经买了，重复了', weight: 0.5 },
];

export const UNSHIPPED_REFUND_REASONS: readonly string[] = [
  '买家拍错了，未发货仅退款',
  '商家缺货，协商退款',
  '买家不想要了，未发货退款',
];
export const RETURN_REFUND_REASON = '退货退款，商家已签收退货';
