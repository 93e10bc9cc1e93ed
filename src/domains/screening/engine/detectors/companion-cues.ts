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
  gambling: ['带你回血', '包赔'],
  // Escort slang that is a night at an internet café (网吧包夜) or "the periphery" (外围设备) alone.
  sexual: ['包你满意', '价格美丽', '私信报价', '私讯报价', '包夜', '过夜', '外围'],
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
  ],
};

export interface CompanionHit {
  start: number;
  end: number;
  category: LexiconCategory;
  cue: string;
}

/** Companion cues in the folded text for the categories present. */
export function findCompanions(folded: string, present: ReadonlySet<LexiconCategory>): CompanionHit[] {
  const out: CompanionHit[] = [];
  for (const [category, cues] of Object.entries(COMPANION_CUES) as [LexiconCategory, readonly string[]][]) {
    if (!present.has(category)) continue;
    for (const cue of cues) {
      for (let at = folded.indexOf(cue); at !== -1; at = folded.indexOf(cue, at + cue.length)) {
        out.push({ start: at, end: at + cue.length, category, cue });
      }
    }
  }
  return out;
}
