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
  /**
   * A weak cue reported only when nothing else in the text names the risk of its category: with a
   * price list beside it, 约吗 adds nothing a reviewer needs to see.
   */
  fallback?: boolean;
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
const GOODS: readonly ContentKind[] = ['listing', 'live_segment'];
const NOT_MEDICINE = ['药品', '医疗器械'];
/** Diseases a seller of goods that are not medicines claims to cure (folded, Simplified). */
const DISEASE =
  '糖尿病|高血压|高血脂|冠心病|心脏病|脑梗|中风|血栓|癌症|肿瘤|关节炎|风湿|痛风|颈椎病|腰椎间盘突出|骨质增生|骨质疏松|失眠|便秘|胃病|胃炎|脂肪肝|肝病|肾病|前列腺炎?|鼻炎|咽炎|湿疹|牛皮癣|银屑病|白癜风|脱发|白内障|青光眼|老寒腿|三高|老年痴呆|帕金森|抑郁症|哮喘|支气管炎|痔疮|妇科病|乳腺增生|不孕不育|阳痿|早泄|甲状腺结节|结节|囊肿|息肉';

export const PHRASE_PATTERNS: readonly PhrasePattern[] = [
  // Sexual services priced by the visit: a short visit and a night, each with its price, in either
  // order (快餐三百，过夜八百 · 包夜八百，快餐三百). Either alone is a fast-food meal or an internet café night.
  {
    re: new RegExp(
      `(?:快餐|全套|半套|一次)${NUM}(?:元|块)?[，,、 ]*(?:包夜|过夜)${NUM}(?:元|块)?|(?:包夜|过夜)${NUM}(?:元|块)?[，,、 ]*(?:快餐|全套|半套|一次)${NUM}(?:元|块)?`,
      'gu',
    ),
    category: 'sexual',
    severity: 4,
    term: 'phrase:sex-service-price',
    anyOf: ['包夜', '过夜'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Or one such price after a solicitation (约吗, 上门服务, 楼凤) in the same sentence.
  {
    re: new RegExp(
      `(?<=(?:约吗|约不约|约炮|上门服务|楼凤|外围|空降|小姐(?!姐)|学生妹|兼职妹)[^。\\n]{0,16})(?:快餐|全套|半套|包夜|过夜)${NUM}(?:元|块)?`,
      'gu',
    ),
    category: 'sexual',
    severity: 4,
    term: 'phrase:sex-service-price',
    anyOf: ['快餐', '全套', '半套', '包夜', '过夜'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // "Want to meet?" followed by a price or a private channel (约吗？价格美丽, 约不约 私聊报价).
  {
    re: /(?:约吗|约不约|能约吗)[^。\n]{0,12}?(?:价格|价钱|多少钱|报价|快餐|全套|包夜|上门|私聊|私信|私我)/gu,
    category: 'sexual',
    severity: 4,
    term: 'phrase:solicitation',
    anyOf: ['约'],
    fallback: true,
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Voyeur recordings for sale (偷拍酒店视频, 偷拍合集); 防偷拍 is a detector.
  {
    re: new RegExp(`(?<!防)偷拍${CLAUSE}{0,6}(?:视频|资源|合集|种子|网盘|全集)`, 'gu'),
    category: 'sexual',
    severity: 4,
    term: 'phrase:voyeur-video',
    anyOf: ['偷拍'],
  },
  // Drugs by their street name and a "DM me": 要冰的私我, 有叶子的找我. 冰 alone is ice, and an iced
  // drink is ordered, not offered in private.
  {
    re: /(?:要|需要|买|有|出)(?:冰|叶子|飞叶|麻古|k|溜冰)的?(?:私我|私聊|私信|找我|滴滴我?|联系我|加我)/gu,
    category: 'drugs',
    severity: 5,
    term: 'phrase:drug-slang-offer',
    anyOf: ['私', '找我', '滴滴', '联系我', '加我'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // New-type drugs packed as drinks, sold on their high (咖啡包…喝了很嗨); a drip-coffee bag keeps you
  // awake, it does not make you high.
  {
    re: /(?:咖啡包|奶茶包|小树枝|彩虹烟|聪明药)[^。！？!?\n]{0,12}?(?:很嗨|超嗨|巨嗨|嗨翻|飘飘|飘了)/gu,
    category: 'drugs',
    severity: 5,
    term: 'phrase:packaged-drug',
    anyOf: ['咖啡包', '奶茶包', '小树枝', '彩虹烟', '聪明药'],
  },
  // Buyers sent to the seller's shop on another platform (到我闲鱼上买, 去我淘宝店).
  {
    re: /(?:到|去|来|上)我(?:的|家)?(?:闲鱼|淘宝|拼多多|微店|小红书|抖音|快手|独立站|网站|官网)(?:店|号|店铺)?/gu,
    category: 'diversion',
    severity: 3,
    term: 'phrase:other-platform',
    anyOf: ['闲鱼', '淘宝', '拼多多', '微店', '小红书', '抖音', '快手', '独立站', '网站', '官网'],
    kinds: ['listing', 'live_segment', 'comment', 'web_page'],
  },
  // Messengers after "add" in its loose forms (加个微信, 加下vx, 加我v): the fixed spellings are lexicon
  // terms. Not after 参加/更加/增加 (参加微信抽奖, 口感更加Q弹), and v/q only as a word (加vip, V领).
  {
    re: /(?<![参更增追附叠])加(?:个|下|一下|我|下我|一下我|个人)(?:的)?(?:微信|徽信|威信|薇信|卫星|v信|vx|wx|v|qq|扣扣|企鹅|绿泡泡|飞机|tg|telegram|whatsapp)(?![a-z0-9领])/gu,
    category: 'diversion',
    severity: 3,
    term: 'phrase:add-messenger',
    anyOf: ['加个', '加下', '加一下', '加我'],
    kinds: ['listing', 'live_segment', 'comment', 'web_page'],
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
    anyOf: [' bonus'],
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
  // Betting tips sold on a winning streak (连红十场, 跟着我买稳赚).
  {
    re: new RegExp(
      `(?:连红|连中)${NUM}(?:场|期|把|单)?|(?:跟着我|跟我)(?:买|下|投)${CLAUSE}{0,4}(?:稳赚|必中|稳赢|包中|包赢)`,
      'gu',
    ),
    category: 'gambling',
    severity: 3,
    term: 'phrase:betting-tips',
    anyOf: ['连红', '连中', '跟着我', '跟我'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Cash-out games and cash lotteries run in a stream or a comment.
  {
    re: new RegExp(
      `(?:捕鱼|游戏币|金币|积分|筹码|夺宝|中奖|礼物)${CLAUSE}{0,6}(?:兑换现金|换现金|可提现|能提现)(?!券|红包)`,
      'gu',
    ),
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
  // Bought followers priced by the thousand (一万粉只要五十, 1000赞10元).
  {
    re: new RegExp(
      `${NUM}(?:个)?(?:粉丝?|赞|点赞|播放量?|关注|浏览量?|阅读量?)(?:${CLAUSE}{0,2}(?:只要|仅需|只需|仅|才)${NUM}(?:元|块)?|=?${NUM}(?:元|块))`,
      'gu',
    ),
    category: 'fraud',
    severity: 3,
    term: 'phrase:bought-engagement-price',
    anyOf: ['粉', '赞', '播放', '关注', '浏览', '阅读'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Scarce tickets "from an inside channel", paid for before they exist.
  {
    re: new RegExp(
      `(?:门票|演唱会|球票|车票|机票|票源|名额|号源)${CLAUSE}{0,16}(?:[，,]${CLAUSE}{0,16}){0,2}(?:先付|先交|先转|先打)(?:定金|订金|押金|全款|款)`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:advance-payment-tickets',
    anyOf: ['先付', '先交', '先转', '先打'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  // A named disease cured, treated or banished by goods that are not medicines (专治颈椎病, 告别失眠,
  // 糖尿病都好了).
  {
    re: new RegExp(`(?:专治|主治|根治|治愈|治好了?|治疗|医治|告别|赶走|逆转|克星)(?:了)?(?:${DISEASE})`, 'gu'),
    category: 'medical_claim',
    severity: 4,
    term: 'phrase:disease-claim',
    anyOf: ['治', '告别', '赶走', '逆转', '克星'],
    // Not web_page: a clinic's own page names what it treats.
    kinds: GOODS,
    exceptCategories: NOT_MEDICINE,
  },
  {
    re: new RegExp(
      `(?:${DISEASE})(?:${CLAUSE}{0,4}(?:痊愈|断根|不复发|再也没犯|消失了|不疼了)|(?:就|也|都|全|居然|竟然)?好了)`,
      'gu',
    ),
    category: 'medical_claim',
    severity: 4,
    term: 'phrase:cure-result',
    anyOf: ['好了', '痊愈', '断根', '复发', '再也没犯', '消失了', '不疼了'],
    kinds: GOODS,
    exceptCategories: NOT_MEDICINE,
  },
  // A self-defence spray sold as a police weapon (警用级, 浓度加倍, 喷一下睁不开眼): 防狼喷雾 alone is
  // sold openly, the police grade is a controlled device.
  {
    re: new RegExp(
      `(?:防身|防狼|辣椒|催泪)(?:喷雾|喷剂|水)${CLAUSE}{0,8}(?:警用|军用|浓度加倍|高浓度|睁不开眼?)`,
      'gu',
    ),
    category: 'weapons',
    severity: 3,
    term: 'phrase:police-grade-spray',
    anyOf: ['喷雾', '喷剂', '辣椒水', '催泪水'],
  },
  // Easy money by the day, the bait of task scams (一天赚五百, 日入过千, 躺赚).
  {
    re: new RegExp(
      `(?:一天|每天|日|躺着)(?:轻松|就能|也能|能|可)?(?:赚|挣|入|进|收入)(?:${NUM}|过千|上千|几百|大几百)(?:元|块|\\+)?|躺赚`,
      'gu',
    ),
    category: 'fraud',
    severity: 3,
    term: 'phrase:easy-money',
    anyOf: ['赚', '挣', '日入', '日进', '收入'],
    kinds: ['comment', 'feedback', 'web_page', 'live_segment'],
  },
  {
    re: /\bearn (?:up to )?\$\d[\d,]*\+? (?:a|per|every) (?:day|week)\b/gu,
    category: 'fraud',
    severity: 3,
    term: 'phrase:easy-money',
    anyOf: ['earn '],
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
    anyOf: ['cure', 'reverse', 'treat'],
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
    anyOf: [' your '],
  },
  {
    re: /\b(?:pay|send) (?:a |an |the )?(?:small |one-time |tiny |refundable )?\$?\d*\s*(?:registration|processing|activation|release|joining|training|membership) fee\b(?: first)?/gu,
    category: 'fraud',
    severity: 4,
    term: 'phrase:advance-fee',
    anyOf: [' fee'],
  },
  // Prescription drugs and weapons sold "without the paperwork".
  {
    re: /\b(?:without|no) (?:a )?prescription(?: needed)?\b/gu,
    category: 'drugs',
    severity: 4,
    term: 'phrase:no-prescription',
    anyOf: ['prescription'],
    exceptCategories: ['药品'],
  },
];

/**
 * English phrases with a variable part (a choice of words, a free word, a number). Fixed phrases of
 * several words ('escort service', 'no credit check') are lexicon terms: the matcher finds them
 * however their words are spaced or hyphenated (normalize/normalizer.ts, word gaps).
 */
const ENGLISH: readonly [LexiconCategory, number, readonly ContentKind[] | undefined, readonly string[]][] = [
  [
    'drugs',
    5,
    undefined,
    ['(?:weed|coke|molly|meth|xanax|oxy|lsd)(?:,? (?:and )?(?:weed|coke|molly|meth|xanax|oxy|lsd|mdma|cocaine))+'],
  ],
  ['diversion', 3, undefined, ['(?:add|dm|text|message) me on (?:whatsapp|wechat|telegram|line|signal)']],
  [
    'spam_seo',
    3,
    undefined,
    [
      '(?:buy|cheap|get|real) (?:real |active |cheap )?(?:instagram |insta |ig |tiktok |youtube |twitter |facebook )?(?:followers|likes|views|subscribers)',
      '\\d+k? (?:followers|likes|views|subscribers) for \\$\\d+',
    ],
  ],
  [
    'ad_superlative',
    3,
    ['listing', 'live_segment'],
    ["world's (?:most|best|first) \\w+", 'the best [a-z]+(?: [a-z]+)? in the world', '#1(?: rated| selling| best)?'],
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

/** Terms of the fallback patterns (see PhrasePattern.fallback). */
export const FALLBACK_TERMS: ReadonlySet<string> = new Set(
  PHRASE_PATTERNS.filter((p) => p.fallback === true).map((p) => p.term),
);

/** Whether each pattern (by index) needs ASCII letters in the text. */
const NEEDS_ASCII: readonly boolean[] = PHRASE_PATTERNS.map((p) => !/[\u3400-\u9fff]/u.test(p.re.source));
const HAS_ASCII_WORD = /[a-z]{2}/u;

// The first unit of every anyOf piece. One pass over the text marks which of them occur, so a
// pattern none of whose pieces can start anywhere is skipped without a substring search: most shop
// text holds the first unit of a few pieces at most.
const FIRST_UNIT = new Uint8Array(65_536);
for (const p of PHRASE_PATTERNS) for (const piece of p.anyOf ?? []) FIRST_UNIT[piece.charCodeAt(0)] = 1;
const present = new Uint8Array(65_536);
const marked: number[] = [];

/** Every match of the patterns that apply to kind and product category, in pattern order. */
export function findPhrases(
  folded: string,
  kind: ContentKind,
  productCategory: string | undefined,
  found: (m: PhraseMatch) => void,
): void {
  const ascii = HAS_ASCII_WORD.test(folded);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (FIRST_UNIT[c] === 1 && present[c] === 0) {
      present[c] = 1;
      marked.push(c);
    }
  }
  try {
    scanPatterns(folded, kind, productCategory, ascii, found);
  } finally {
    for (const c of marked) present[c] = 0;
    marked.length = 0;
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

function mayOccur(folded: string, pieces: readonly string[]): boolean {
  for (const piece of pieces) if (present[piece.charCodeAt(0)] === 1 && folded.includes(piece)) return true;
  return false;
}

function scanPatterns(
  folded: string,
  kind: ContentKind,
  productCategory: string | undefined,
  ascii: boolean,
  found: (m: PhraseMatch) => void,
): void {
  for (let i = 0; i < PHRASE_PATTERNS.length; i++) {
    const pattern = PHRASE_PATTERNS[i];
    if (!ascii && NEEDS_ASCII[i]) continue;
    if (!applies(pattern, kind, productCategory)) continue;
    if (pattern.anyOf && !mayOccur(folded, pattern.anyOf)) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(folded); m !== null; m = pattern.re.exec(folded)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      found({ start: m.index, end: m.index + m[0].length, pattern });
    }
  }
}

function applies(pattern: PhrasePattern, kind: ContentKind, productCategory: string | undefined): boolean {
  if (pattern.kinds && !pattern.kinds.includes(kind)) return false;
  return productCategory === undefined || !pattern.exceptCategories?.includes(productCategory);
}
