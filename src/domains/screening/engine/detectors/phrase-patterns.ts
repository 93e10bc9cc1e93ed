import type { ContentKind, LexiconCategory } from '../../lexicon/lexicon-entry.js';

// Phrases a word list cannot hold because a number or a free word sits inside them: a price list
// of sexual services (快餐三百，过夜八百), a casino's deposit bonus (首存送100%), a weight-loss promise
// (一个月瘦二十斤), a blood-sugar cure (血糖就降下来了). Each pattern runs over the folded text
// (see fold.ts), so Traditional and full-width text match too.

export interface PhrasePattern {
  /** Global regular expression over folded text. */
  re: RegExp;
  category: LexiconCategory;
  severity: number;
  /** Detector name reported as the finding's term. */
  term: string;
  /** Kinds it applies to; every kind when absent. */
  kinds?: readonly ContentKind[];
  /** Product categories it does not apply to (a medicine may state its indication). */
  exceptCategories?: readonly string[];
  /**
   * Literal pieces one of which every match contains: a cheap includes() test skips the pattern on
   * the many texts that hold none (most shop text matches no pattern at all).
   */
  anyOf?: readonly string[];
}

export interface PhraseMatch {
  start: number;
  end: number;
  pattern: PhrasePattern;
}

const NUM = '[0-9一二两三四五六七八九十百千万]+';
// Folded text has ASCII punctuation for the full-width forms (，→ ,), so both are listed.
const CLAUSE = '[^，,。！？!?；;\\n]';
const SELLING: readonly ContentKind[] = ['listing', 'live_segment', 'web_page'];
const NOT_MEDICINE = ['药品', '医疗器械'];

export const PHRASE_PATTERNS: readonly PhrasePattern[] = [
  // Sexual services priced by the visit: a short visit and a night, each with its price (快餐三百，
  // 过夜八百). Either alone is a fast-food meal or an internet café night.
  {
    re: new RegExp(`(?:快餐|全套|半套|一次)${NUM}(?:元|块)?[，,、 ]*(?:包夜|过夜)${NUM}(?:元|块)?`, 'gu'),
    category: 'sexual',
    severity: 4,
    term: 'phrase:sex-service-price',
    anyOf: ['包夜', '过夜'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Or one such price after a solicitation (约吗, 上门服务) in the same sentence.
  {
    re: new RegExp(
      `(?<=(?:约吗|约不约|约炮|上门服务)[^。\\n]{0,16})(?:快餐|全套|半套|包夜|过夜)${NUM}(?:元|块)?`,
      'gu',
    ),
    category: 'sexual',
    severity: 4,
    term: 'phrase:sex-service-price',
    anyOf: ['快餐', '全套', '半套', '包夜', '过夜'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Casino deposit and sign-up bonuses.
  {
    re: new RegExp(`(?:首存|首充|存款|开户|注册)(?:就|即)?送(?:${NUM}%|百分之${NUM}|彩金)`, 'gu'),
    category: 'gambling',
    severity: 4,
    term: 'phrase:deposit-bonus',
    anyOf: ['送'],
  },
  {
    re: /(?:\d{2,3}% )?(?:welcome|deposit|signup|sign-up) bonus/gu,
    category: 'gambling',
    severity: 4,
    term: 'phrase:deposit-bonus',
  },
  {
    re: new RegExp(`(?:彩票|博彩|投注|下注|押注)${CLAUSE}{0,6}(?:赢了|赚了)${NUM}`, 'gu'),
    category: 'gambling',
    severity: 4,
    term: 'phrase:winnings-bait',
    anyOf: ['赢了', '赚了'],
  },
  {
    re: new RegExp(`(?:注册|开户)送${NUM}元`, 'gu'),
    category: 'gambling',
    severity: 3,
    term: 'phrase:deposit-bonus',
    anyOf: ['送'],
    kinds: ['comment', 'feedback', 'web_page'],
  },
  // Cash-out games and cash lotteries run in a stream or a comment.
  {
    re: new RegExp(`(?:捕鱼|游戏币|金币|积分|筹码|夺宝)${CLAUSE}{0,6}(?:兑换现金|换现金|可提现|能提现)`, 'gu'),
    category: 'gambling',
    severity: 3,
    term: 'phrase:cash-out-game',
    anyOf: ['现金', '提现'],
    kinds: ['comment', 'live_segment', 'web_page'],
  },
  {
    re: new RegExp(`${NUM}(?:块|元)一抽${CLAUSE}{0,10}`, 'gu'),
    category: 'gambling',
    severity: 3,
    term: 'phrase:cash-lottery',
    anyOf: ['一抽'],
    kinds: ['comment', 'live_segment'],
  },
  // Weight-loss and cure promises with a number, for goods that are not medicines.
  {
    re: new RegExp(
      `(?:${NUM}(?:天|周|星期|个月|月)|半个月|一周|七天)${CLAUSE}{0,2}(?:瘦|掉秤?|减)${NUM}(?:斤|公斤|kg)`,
      'gu',
    ),
    category: 'medical_claim',
    severity: 3,
    term: 'phrase:weight-loss-promise',
    anyOf: ['瘦', '掉', '减'],
    kinds: SELLING,
    exceptCategories: NOT_MEDICINE,
  },
  {
    re: new RegExp(`(?:血糖|血压|血脂|尿酸|三高)${CLAUSE}{0,4}(?:降下来|降了|恢复正常|正常了|稳住了|不用吃药)`, 'gu'),
    category: 'medical_claim',
    severity: 4,
    term: 'phrase:cure-result',
    anyOf: ['血糖', '血压', '血脂', '尿酸', '三高'],
    kinds: SELLING,
    exceptCategories: NOT_MEDICINE,
  },
  {
    re: new RegExp(`(?:药|胰岛素)${CLAUSE}{0,3}(?:都|就)?(?:可以|能)?(?:停了|停掉|不用(?:吃|打)了)`, 'gu'),
    category: 'medical_claim',
    severity: 5,
    term: 'phrase:stop-medication',
    anyOf: ['停', '不用'],
    kinds: SELLING,
    exceptCategories: NOT_MEDICINE,
  },
  {
    re: new RegExp(`不用(?:再)?(?:吃|打)${CLAUSE}{0,4}(?:药|胰岛素|针)`, 'gu'),
    category: 'medical_claim',
    severity: 5,
    term: 'phrase:stop-medication',
    anyOf: ['不用'],
    kinds: SELLING,
    exceptCategories: NOT_MEDICINE,
  },
  // Jobs that ask for money first: the classic task scam.
  {
    re: new RegExp(
      `(?:兼职|招聘|入职|日结|工作)${CLAUSE}{0,20}(?:[，,]${CLAUSE}{0,16}){0,3}先(?:交|付|缴)${CLAUSE}{0,6}(?:会费|培训费|入会费|保证金|押金|服装费|体检费)`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:advance-fee-job',
    anyOf: ['先交', '先付', '先缴'],
  },
  {
    re: /\b(?:cures?|reverses?|treats?) (?:diabetes|cancer|heart disease|arthritis|hypertension)(?: and (?:reverses? |cures? )?(?:diabetes|cancer|heart disease|arthritis|hypertension))?/gu,
    category: 'medical_claim',
    severity: 4,
    term: 'phrase:cure-claim',
    kinds: SELLING,
    exceptCategories: NOT_MEDICINE,
  },
  // Phishing: a threat to an account and a link or code to "verify".
  {
    re: new RegExp(`(?:请|立即)点击${CLAUSE}{0,40}?(?:验证|认证|解冻)`, 'gu'),
    category: 'fraud',
    severity: 4,
    term: 'phrase:phishing-link',
    anyOf: ['点击'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  {
    re: /\b(?:verify|confirm|update) your (?:bank|account|card) (?:details|information)\b/gu,
    category: 'fraud',
    severity: 4,
    term: 'phrase:phishing-link',
  },
  {
    re: /\b(?:pay|send) (?:a |the )?\$?\d*\s*(?:registration|processing|activation|release) fee\b(?: first)?/gu,
    category: 'fraud',
    severity: 4,
    term: 'phrase:advance-fee',
  },
  // Prescription drugs and weapons sold "without the paperwork".
  {
    re: /\b(?:without|no) (?:a )?prescription(?: needed)?\b/gu,
    category: 'drugs',
    severity: 4,
    term: 'phrase:no-prescription',
    exceptCategories: ['药品'],
  },
];

/** English phrases: the matcher joins no words across a space, so these run as patterns. */
const ENGLISH: readonly [LexiconCategory, number, readonly ContentKind[] | undefined, readonly string[]][] = [
  [
    'sexual',
    4,
    undefined,
    [
      'hook up tonight',
      'want to hook up',
      'nude teens',
      'nudes for sale',
      'adult videos?',
      'escort service',
      'full service escort',
      'sex chat',
      'free xxx',
      'porn videos?',
    ],
  ],
  [
    'gambling',
    4,
    undefined,
    ['online casinos?', 'casino bonus', 'sports betting', 'betting tips', 'fixed matches', 'bet on slots'],
  ],
  [
    'drugs',
    5,
    undefined,
    [
      'magic mushrooms',
      '(?:weed|coke|molly|meth|xanax|oxy|lsd)(?:,? (?:and )?(?:weed|coke|molly|meth|xanax|oxy|lsd|mdma|cocaine))+',
    ],
  ],
  [
    'weapons',
    5,
    undefined,
    ['no background check', 'ghost guns?', 'brass knuckles', 'automatic knife', 'spring assisted knife'],
  ],
  ['fraud', 4, undefined, ['no credit check', 'guaranteed returns', 'work from home and earn']],
  [
    'diversion',
    3,
    undefined,
    ['cheaper than here', '(?:add|dm|text|message) me on (?:whatsapp|wechat|telegram|line|signal)'],
  ],
  ['spam_seo', 3, undefined, ['cheap viagra', 'payday loans', 'replica watches']],
  [
    'counterfeit',
    4,
    undefined,
    ['aaa\\+? (?:quality|grade)', '1:1 clone', 'fake designer', 'super fake', 'mirror quality'],
  ],
  [
    'ad_superlative',
    3,
    ['listing', 'live_segment'],
    [
      'the absolute best',
      'number one',
      "world's (?:most|best|first) \\w+",
      'best[- ]selling',
      'the best in the world',
      'the best [a-z]+(?: [a-z]+)? in the world',
      '#1(?: rated| selling| best)?',
      'unbeatable',
    ],
  ],
];

/** The English phrases as one alternation, a group per category: one pass over the text. */
const ENGLISH_RE = new RegExp(
  `(?<![a-z0-9])(?:${ENGLISH.map(([, , , phrases]) => `(${phrases.join('|')})`).join('|')})(?![a-z0-9])`,
  'gu',
);
const ENGLISH_PATTERNS: readonly PhrasePattern[] = ENGLISH.map(([category, severity, kinds]) => ({
  re: ENGLISH_RE,
  category,
  severity,
  term: `phrase:english-${category}`,
  kinds,
}));

/** Patterns that need ASCII letters in the text. */
const ASCII_PATTERNS: ReadonlySet<PhrasePattern> = new Set(
  PHRASE_PATTERNS.filter((p) => !/[\u3400-\u9fff]/u.test(p.re.source)),
);
const HAS_ASCII_WORD = /[a-z]{2}/u;

/** Every match of the patterns that apply to kind and product category, in pattern order. */
export function findPhrases(
  folded: string,
  kind: ContentKind,
  productCategory: string | undefined,
  found: (m: PhraseMatch) => void,
): void {
  const ascii = HAS_ASCII_WORD.test(folded);
  for (const pattern of PHRASE_PATTERNS) {
    if (!applies(pattern, kind, productCategory)) continue;
    if (pattern.anyOf && !pattern.anyOf.some((piece) => folded.includes(piece))) continue;
    if (!ascii && ASCII_PATTERNS.has(pattern)) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(folded); m !== null; m = pattern.re.exec(folded)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      found({ start: m.index, end: m.index + m[0].length, pattern });
    }
  }
  if (!ascii) return;
  ENGLISH_RE.lastIndex = 0;
  for (let m = ENGLISH_RE.exec(folded); m !== null; m = ENGLISH_RE.exec(folded)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const pattern = ENGLISH_PATTERNS[group - 1];
    if (pattern && applies(pattern, kind, productCategory)) {
      found({ start: m.index, end: m.index + m[0].length, pattern });
    }
  }
}

function applies(pattern: PhrasePattern, kind: ContentKind, productCategory: string | undefined): boolean {
  if (pattern.kinds && !pattern.kinds.includes(kind)) return false;
  return productCategory === undefined || !pattern.exceptCategories?.includes(productCategory);
}
