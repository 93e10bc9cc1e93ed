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
  counterfeit: ['工厂直销', '原厂', '支持对比', '细节对比', '做工精细'],
  gambling: ['带你回血', '包赔'],
  sexual: ['包你满意', '价格美丽', '私信报价', '私讯报价'],
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
