import type { LexiconCategory } from '../../lexicon/lexicon-entry.js';

// Words that mean nothing alone but everything next to an offer: 隐蔽包装 (discreet packing) on a
// drug offer, 大威力 and 开刃 on a weapon, 工厂直销 on a replica. Each counts, as a finding of the
// category, only when the same text already holds a finding of that category; a tea shop's
// 隐私包装 or a kitchen knife's 已开刃 stays clean.

export const COMPANION_CUES: Readonly<Partial<Record<LexiconCategory, readonly string[]>>> = {
  drugs: [
    '隐蔽包装',
    '隐秘发货',
    '隐秘包装',
    '隐私发货',
    '懂的来',
    '同城秒到',
    '夜场都在用',
    'discreet shipping',
    'discreet packaging',
    'stealth shipping',
    // Party-drug nicknames that are also a famous essence (SK-II 神仙水) or a 5G water meter (5G水表).
    '神仙水',
    'g水',
    'gh水',
    // Couriers that leave no trace, paraphernalia, and the users' own nicknames.
    '不留记录',
    '不留痕迹',
    '无痕发货',
    '走闪送',
    '同城闪送',
    '阅后即焚',
    '玻璃烟斗',
    '玻璃壶',
    '磨草器',
    '烤箔',
    '飞行员',
  ],
  weapons: [
    '大威力',
    '威力大',
    '穿透力强',
    '开刃',
    '开了刃',
    '一下就晕',
    '打狗',
    '打鸟',
    '可实弹',
    '全套图纸',
    '警用级',
    '已开刃',
    '开锋',
    '已开锋',
    // Sold without the registration a crossbow or an air gun needs.
    '不用备案',
    '无需备案',
    '免备案',
    '不需要备案',
    '不用登记',
    '无需登记',
    '打猎神器',
    '双刃',
    'no paperwork',
  ],
  counterfeit: [
    '工厂直销',
    '原厂',
    '支持对比',
    '细节对比',
    '做工精细',
    // "Identical to the real one": a buyer's comparison alone (和网上的一模一样), a claim next to a copy.
    '一模一样',
    '没区别',
    '无差别',
    '看不出区别',
    '以假乱真',
    '验不出来',
  ],
  // A tipster who "leads" the bets, and the player who wants his losses back.
  gambling: ['带你回血', '包赔', '有人带单', '导师带单', '老师带单', '带单', '跟单', '房卡'],
  // Escort slang that is a night at an internet café (网吧包夜) or "the periphery" (外围设备) alone.
  // And the "uncut, first-hand" stock of a porn page (无删减资源, 一手资源).
  sexual: [
    '包你满意',
    '价格美丽',
    '私信报价',
    '私讯报价',
    '包夜',
    '过夜',
    '外围',
    '无删减资源',
    '一手资源',
    '资源合集',
    '有照片可挑',
  ],
  // Documents a fake-certificate shop lists after its offer (办证 毕业证 驾驶证 …), and the inside
  // channel and deposit of a ticket scam.
  fraud: [
    '毕业证',
    '学位证',
    '学历证',
    '驾驶证',
    '户口本',
    '结婚证',
    '离婚证',
    '房产证',
    '内部渠道',
    '先付定金',
    '先交定金',
    '先转定金',
    // A fake document or invoice sold as verifiable, and the dongle of a sold bank account.
    '可验真',
    '可查验',
    '全套可查',
    '网上可查',
    '一条龙',
    'u盾',
    '网银盾',
    '不用体检',
    '当天出证',
    '包成功',
  ],
  // "Join the group" and "see my profile" are on the platform alone, the way off it next to a contact.
  diversion: ['进群', '看主页', '比这里便宜', '比这边便宜', '比直播间便宜', '比店里便宜'],
};

export interface CompanionHit {
  start: number;
  end: number;
  category: LexiconCategory;
  cue: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cues of each category as one alternation, longest first: one scan of the text per category
 * present instead of one substring search per cue.
 */
const CUE_RES: readonly [LexiconCategory, RegExp][] = (
  Object.entries(COMPANION_CUES) as [LexiconCategory, readonly string[]][]
).map(([category, cues]) => [
  category,
  new RegExp(
    [...cues]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|'),
    'gu',
  ),
]);

/** Companion cues in the folded text for the categories present, in text order per category. */
export function findCompanions(folded: string, present: ReadonlySet<LexiconCategory>): CompanionHit[] {
  const out: CompanionHit[] = [];
  for (const [category, re] of CUE_RES) {
    if (!present.has(category)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      out.push({ start: m.index, end: m.index + m[0].length, category, cue: m[0] });
    }
  }
  return out;
}
