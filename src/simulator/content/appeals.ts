import type { Random } from '../random.js';

// What a merchant or host writes when appealing a measure: an opening, the grounds (which depend
// on what was done to them) and a request. Written in the voice of a small shop, some of them
// with evidence, some only with indignation.

type AppealTopic = 'listing' | 'live' | 'account' | 'money' | 'warning';

const TOPIC_OF: Readonly<Record<string, AppealTopic>> = {
  remove_listing: 'listing',
  demote_listing: 'listing',
  stop_stream: 'live',
  suspend_live: 'live',
  restrict_traffic: 'account',
  forbid_new_listings: 'account',
  suspend_account: 'account',
  terminate_account: 'account',
  freeze_settlement: 'money',
  deduct_deposit: 'money',
  warn: 'warning',
};

const OPENINGS = [
  '您好，我是本店负责人，对处理决定（{decision}）有异议，特此申诉。',
  '平台审核老师好，关于决定{decision}，我们认为处理有误，申请复核。',
  '对{decision}号处理结果不服，现提出申诉，请重新审核。',
  '收到处罚通知（{decision}），我们第一时间自查了，情况说明如下。',
];

const GROUNDS: Readonly<Record<AppealTopic, readonly string[]>> = {
  listing: [
    '该商品是品牌授权正品，授权书和进货发票都在附件里，不存在售假。',
    '商品详情页的描述是供应商提供的，我们已经删除了有争议的字样，请恢复上架。',
    '系统可能误判了标题里的关键词，这个词在我们行业是正常的规格叫法。',
    '原价是近七天真实成交过的价格，有订单记录可以核对。',
  ],
  live: [
    '主播当时只是在回答观众提问，没有引导私下交易，直播回放可以证明。',
    '直播间说的“最后一天”是活动真实截止时间，活动页面有公示。',
    '被判定违规的那句话是口误，主播当场就纠正了，请结合上下文判断。',
    '我们是新主播，对规则理解不到位，已经组织了培训，恳请减轻处罚。',
  ],
  account: [
    '店铺一直合规经营，这是第一次被处罚，处罚过重，请酌情减轻。',
    '涉事商品已全部下架整改，恳请恢复店铺正常经营，我们有很多老客户在等发货。',
    '被投诉的内容不是我们发布的，账号当时可能被盗用，已经修改了密码。',
    '店铺有几十名员工靠这个店吃饭，希望平台给一次整改的机会。',
  ],
  money: [
    '冻结货款导致我们无法给供应商结账，请核实后尽快解冻。',
    '保证金扣除金额与违规情节不相称，申请退回或减少扣款。',
    '相关订单买家已确认收货并给了好评，不存在欺诈，请解除资金限制。',
  ],
  warning: [
    '警告所指的内容我们已经修改，但我们认为原内容并不违规，请撤销警告记录。',
    '收到警告后已自查，相关描述有夸大之处已改正，但希望不要记入违规记录。',
  ],
};

const REQUESTS = [
  '请平台复核后撤销处罚，谢谢！',
  '恳请重新审核，给予公正处理。',
  '如需补充材料请随时联系，盼复。',
  '希望尽快处理，谢谢审核老师。',
];

/** A zh-CN appeal against the measure `action` of decision `decisionId`. */
export function composeAppealText(rng: Random, action: string, decisionId: string): string {
  const topic = TOPIC_OF[action] ?? 'account';
  const opening = rng.pick(OPENINGS).replace('{decision}', decisionId);
  return `${opening}${rng.pick(GROUNDS[topic])}${rng.pick(REQUESTS)}`;
}
