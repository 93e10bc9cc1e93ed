import { CONTENT_KINDS, type ContentKind, type LexiconCategory } from '../../lexicon/lexicon-entry.js';

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
   * An English phrase of two words or more: skipped unless the text holds two English words in a row
   * (most Chinese shop text holds none, and the first letters of its pieces are in any ASCII text).
   */
  english?: boolean;
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
const TALK: readonly ContentKind[] = ['comment', 'feedback', 'web_page', 'live_segment'];
/** An amount of money: digits (1.99) or Chinese numerals. */
const AMOUNT = `(?:[0-9]+(?:\\.[0-9]+)?|${NUM})`;
/** Diseases a seller of goods that are not medicines claims to cure (folded, Simplified). */
const DISEASE =
  '糖尿病|高血压|高血脂|冠心病|心脏病|脑梗|中风|血栓|癌症|肿瘤|关节炎|风湿|痛风|颈椎病|腰椎间盘突出|骨质增生|骨质疏松|失眠|便秘|胃病|胃炎|脂肪肝|肝病|肾病|前列腺炎?|鼻炎|咽炎|湿疹|牛皮癣|银屑病|白癜风|脱发|白内障|青光眼|老寒腿|三高|老年痴呆|帕金森|抑郁症|哮喘|支气管炎|痔疮|妇科病|乳腺增生|不孕不育|阳痿|早泄|甲状腺结节|结节|囊肿|息肉|毛囊炎|脂溢性皮炎|皮炎|玫瑰痤疮|酒渣鼻|痤疮|脚气|灰指甲|荨麻疹|口腔溃疡|妇科炎症|宫颈糜烂|阴道炎|偏头痛|耳鸣|静脉曲张|动脉硬化';

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
  // Drug slang in pairs (有糖有冰: ecstasy and meth) offered locally or in private; a milk tea 有糖有冰
  // is neither.
  {
    re: new RegExp(
      `(?<=(?:同城|本地|全城|附近)${CLAUSE}{0,4})有(?:糖|冰|叶子?|k|麻古|果子)有(?:糖|冰|叶子?|k|麻古|果子)|有(?:糖|冰|叶子?|k|麻古|果子)有(?:糖|冰|叶子?|k|麻古|果子)(?=[^。！？!?\\n]{0,10}(?:私|找我|滴滴|联系|闪送|秒到|不留记录|懂的))`,
      'gu',
    ),
    category: 'drugs',
    severity: 5,
    term: 'phrase:drug-slang-pair',
    // The second half of the pair: 有 alone is in most text.
    anyOf: ['糖有', '冰有', '叶有', '叶子有', 'k有', '麻古有'],
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
  // Drinks and sweets that are a drug only when sold on the high and in private (奶茶…很上头，懂的私);
  // a milk tea that is addictive is just good.
  {
    re: /(?:奶茶|跳跳糖|糖果|邮票|饮料|果冻)[^。\n]{0,12}?(?:很嗨|超嗨|巨嗨|嗨翻|飘飘|飘了|很上头|超上头|一口上头)(?=[^。！？!?\n]{0,12}(?:懂的|私我|私聊|要的私|滴滴|懂行|老客|暗号))/gu,
    category: 'drugs',
    severity: 5,
    term: 'phrase:packaged-drug',
    anyOf: ['嗨', '飘', '上头'],
    kinds: TALK,
  },
  // Mahjong and card games played for money by the point (一元一分, 五块一番) or always open (24小时有局).
  {
    re: new RegExp(
      `(?<=(?:麻将|斗牛|牛牛|金花|跑得快|斗地主|红中|德州|棋牌|扑克)${CLAUSE}{0,8})${NUM}(?:元|块)(?:${NUM})?(?:分|番|炮|底)(?![钟期数])|(?:${NUM}(?:元|块)(?:${NUM})?(?:分|番|炮|底)(?![钟期数]))(?=${CLAUSE}{0,8}(?:麻将|斗牛|牛牛|金花|跑得快|斗地主|红中|有局|群))`,
      'gu',
    ),
    category: 'gambling',
    severity: 4,
    term: 'phrase:stakes',
    anyOf: ['麻将', '斗牛', '牛牛', '金花', '跑得快', '斗地主', '红中', '德州', '棋牌', '扑克'],
    kinds: ['listing', 'comment', 'feedback', 'web_page', 'live_segment'],
  },
  // Accounts, cards and identities bought up (收购闲置微信号, 高价收老QQ号, 出售身份证正反面照片).
  {
    re: new RegExp(
      `(?:收|收购|回收|高价收|出售|批发|卖)(?:各地|闲置|老|实名|大量|一手)?(?:的)?(?:微信号|qq号|支付宝账号|支付宝号|抖音号|快手号|手机卡|电话卡|银行卡|u盾)(?![托针套贴包夹槽座])|(?:出售|卖|收购|批发)${CLAUSE}{0,6}(?:身份证|证件)(?:正反面|照片|复印件|资料|四要素)`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:account-trading',
    anyOf: ['收', '卖', '出售', '批发'],
    kinds: TALK,
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
    english: true,
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
  // The same price list is bought engagement, which the category table files under spam_seo too.
  {
    re: new RegExp(
      `${NUM}(?:个)?(?:粉丝?|赞|点赞|播放量?|关注|浏览量?|阅读量?)(?:${CLAUSE}{0,2}(?:只要|仅需|只需|仅|才)${NUM}(?:元|块)?|=?${NUM}(?:元|块))`,
      'gu',
    ),
    category: 'spam_seo',
    severity: 3,
    term: 'phrase:bought-engagement',
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
    re: new RegExp(
      `(?:专治|主治|根治|治愈|治好了?|治疗|医治|告别|赶走|逆转|克星|修复|消除|消灭|杀灭)(?:了)?(?:${DISEASE})`,
      'gu',
    ),
    category: 'medical_claim',
    severity: 4,
    term: 'phrase:disease-claim',
    anyOf: ['治', '告别', '赶走', '逆转', '克星', '修复', '消除', '消灭', '杀灭'],
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
    re: /\b(?:cures?|reverses?|treats?|heals?|relieves?|eliminates?|prevents?|fights?) (?:diabetes|cancer|heart disease|arthritis|hypertension|high blood pressure|migraines?|insomnia|gout|eczema|psoriasis|rheumatism|sciatica|varicose veins|tinnitus|depression|anxiety|joint pain|back pain)(?: pain)?(?: and (?:reverses? |cures? |heals? |relieves? )?(?:diabetes|cancer|heart disease|arthritis|hypertension|migraines?|insomnia|gout|eczema|psoriasis|joint pain|back pain))?/gu,
    category: 'medical_claim',
    severity: 4,
    term: 'phrase:cure-claim',
    anyOf: ['cure', 'reverse', 'treat', 'heal', 'relieve', 'eliminate', 'prevent', 'fight'],
    english: true,
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
    english: true,
  },
  {
    re: /\b(?:pay|send) (?:a |an |the )?(?:small |one-time |tiny |refundable )?\$?\d*\s*(?:registration|processing|activation|release|joining|training|membership) fee\b(?: first)?/gu,
    category: 'fraud',
    severity: 4,
    term: 'phrase:advance-fee',
    anyOf: [' fee'],
    english: true,
  },
  // Prescription drugs and weapons sold "without the paperwork".
  {
    re: /\b(?:without|no) (?:a )?prescription(?: needed)?\b/gu,
    category: 'drugs',
    severity: 4,
    term: 'phrase:no-prescription',
    anyOf: ['prescription'],
    english: true,
    exceptCategories: ['药品'],
  },
  // An aphrodisiac sold on its effect on a woman (喷一下她就主动, 喝了对象就任你摆布).
  {
    re: new RegExp(
      `(?:喷|闻|喝|吃|滴|放一点|下在)${CLAUSE}{0,6}(?:她|女生|女孩|女人|女神|妹子|对象|对方)${CLAUSE}{0,3}(?:主动|发情|投怀送抱|任你摆布|乖乖听话|意乱情迷|欲罢不能|不由自主)`,
      'gu',
    ),
    category: 'sexual',
    severity: 4,
    term: 'phrase:aphrodisiac-effect',
    anyOf: ['主动', '发情', '投怀', '任你', '听话', '意乱', '欲罢', '不由自主'],
  },
  // Undressing for gifts in a stream (再刷个嘉年华，我就把吊带往下拉): the gift, then the garment.
  {
    re: new RegExp(
      `(?<=(?:刷|送|打赏|上|来)${CLAUSE}{0,6}(?:嘉年华|火箭|礼物|跑车|游艇|穿云箭|灯牌|大啤酒|小心心)[^。\\n]{0,8})(?:我就|就|我)把?${CLAUSE}{0,4}?(?:吊带|衣服|上衣|裙子|内衣|胸罩|文胸|肩带|扣子|领口|裤子|丝袜|外套|睡衣)${CLAUSE}{0,3}?(?:往下拉|往下|拉下来|拉下|脱掉?|撩起?|解开|掀开?)${CLAUSE}{0,5}`,
      'gu',
    ),
    category: 'sexual',
    severity: 4,
    term: 'phrase:undress-for-gifts',
    anyOf: ['嘉年华', '火箭', '礼物', '跑车', '游艇', '穿云箭', '灯牌', '大啤酒', '小心心'],
    kinds: ['live_segment', 'comment'],
  },
  // A word spelled out letter by letter to pass a filter (s e x视频, p.o.r.n).
  {
    // The lookbehinds follow the first letter, so the engine can skip to an s, p or n.
    re: /(?:s(?<![a-z]s)[\s._*-]+e[\s._*-]+x|p(?<![a-z]p)[\s._*-]+o[\s._*-]+r[\s._*-]+n|n(?<![a-z]n)[\s._*-]+u[\s._*-]+d[\s._*-]+e)(?![a-z])/gu,
    category: 'sexual',
    severity: 4,
    term: 'phrase:spelled-out',
    // Chat and comment spam; a listing's sizes and codes (S M L, P.O.) are spelled out honestly.
    kinds: TALK,
  },
  // A bet that pays a multiple (押中的直接翻倍返, 猜对了三倍奖励).
  {
    re: new RegExp(
      `(?:押|猜|买|投|下)(?:中|对)了?的?${CLAUSE}{0,4}(?:直接|立刻|马上|就)?(?:翻倍|双倍|加倍|[一二两三四五六七八九十0-9]+倍)(?:返|赔|奖励|送)?`,
      'gu',
    ),
    category: 'gambling',
    severity: 4,
    term: 'phrase:betting-payout',
    anyOf: ['倍'],
    kinds: TALK,
  },
  // A sure daily win (每天稳赚五百, 每把必赢): the bait of a betting tipster.
  {
    re: new RegExp(
      `(?:每天|天天|每期|每把|每局|一天)(?:稳赚|稳赢|包赚|必赚|稳挣|包赢|必赢)(?:${NUM})?(?:元|块)?`,
      'gu',
    ),
    category: 'gambling',
    severity: 3,
    term: 'phrase:sure-win',
    anyOf: ['稳赚', '稳赢', '包赚', '必赚', '稳挣', '包赢', '必赢'],
    kinds: TALK,
  },
  // A first-deposit bonus in money (首充送38); a game's 首充送648钻石 is not one.
  {
    re: new RegExp(
      `(?:首存|首充)(?:就|即)?送${NUM}(?:元|块|u)?(?![0-9一二三四五六七八九十百千万%钻宝金币礼包皮肤点券积分抽])`,
      'gu',
    ),
    category: 'gambling',
    severity: 3,
    term: 'phrase:deposit-bonus',
    anyOf: ['首存', '首充'],
    kinds: TALK,
  },
  // A weapon sold on its power (这把弩一百米能穿透木板).
  {
    re: new RegExp(
      `(?:弩|弓|弹弓|枪|狗)${CLAUSE}{0,12}?(?:能|可以|可|轻松|直接)?(?:穿透|打穿|射穿|击穿|洞穿)${CLAUSE}{0,2}(?:木板|钢板|铁板|铁皮|玻璃|砖|墙|猪皮|牛皮|易拉罐|啤酒瓶)`,
      'gu',
    ),
    category: 'weapons',
    severity: 4,
    term: 'phrase:weapon-power',
    anyOf: ['穿透', '打穿', '射穿', '击穿', '洞穿'],
  },
  // Air-gun pellets by calibre (狗粮到货 .177 .22, 铅弹 5.5mm): 狗粮 is dog food without one.
  {
    re: new RegExp(
      `(?:狗粮|铅弹|弹丸|铅丸|子弹|弹头)${CLAUSE}{0,6}(?:\\.177|\\.22|\\.25|4\\.5(?:mm|毫米)|5\\.5(?:mm|毫米)|6\\.35(?:mm|毫米)?)(?:[ ,、]*(?:\\.177|\\.22|\\.25))*|(?:\\.177|\\.22|\\.25|4\\.5mm|5\\.5mm)(?:口径)?${CLAUSE}{0,4}(?:狗粮|铅弹|弹丸|铅丸|子弹)`,
      'gu',
    ),
    category: 'weapons',
    severity: 4,
    term: 'phrase:pellet-calibre',
    anyOf: ['狗粮', '铅弹', '弹丸', '铅丸', '子弹', '弹头'],
  },
  // Task scams priced by the click (点赞关注一单三元 日结).
  {
    re: new RegExp(
      `(?:点赞|关注|评论|收藏|转发|浏览|看视频|刷视频|做任务|打字|抄写|手工活)${CLAUSE}{0,4}(?:一单|每单|一个|一条|一次)${NUM}(?:元|块|毛)?(?:${CLAUSE}{0,3}日结)?`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:task-scam-pay',
    anyOf: ['点赞', '关注', '评论', '收藏', '转发', '浏览', '看视频', '刷视频', '做任务', '打字', '抄写', '手工活'],
    kinds: TALK,
  },
  // Stock and coin tips that double in days (内部消息，三天翻倍; 跟着老师买，下周涨停).
  {
    re: new RegExp(
      `(?:内部消息|内幕|荐股|牛股|黑马股|妖股|老师带|带你炒|跟着老师|跟着我买)${CLAUSE}{0,8}(?:[，,]${CLAUSE}{0,8})?(?:${NUM}天|一周|一个月|几天|本周|下周|明天|月底)(?:内|就)?(?:翻倍|翻番|涨停|稳赚|翻一番)`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:stock-tip-scam',
    anyOf: ['翻倍', '翻番', '涨停', '稳赚', '翻一番'],
  },
  // A courier's "undeliverable parcel" notice on a page, the pretext of a phishing site.
  {
    re: new RegExp(
      `(?:包裹|快递|邮件|邮包)${CLAUSE}{0,6}(?:因|由于)${CLAUSE}{0,10}(?:无法投递|无法派送|无法配送|派送失败|投递失败|被退回|被海关扣留)`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:phishing-pretext',
    anyOf: ['无法投递', '无法派送', '无法配送', '派送失败', '投递失败', '被退回', '扣留'],
    kinds: ['web_page'],
  },
  // The small fee a phishing page asks for (支付1.99元重新派送费, 缴纳50元解冻费).
  {
    re: new RegExp(
      `(?:支付|缴纳|补交|补缴|付)${CLAUSE}{0,2}${AMOUNT}元${CLAUSE}{0,4}?(?:的)?(?:重新派送费|派送费|投递费|滞留费|保管费|解冻费|认证费|激活费)`,
      'gu',
    ),
    category: 'fraud',
    severity: 3,
    term: 'phrase:phishing-fee',
    anyOf: ['派送费', '投递费', '滞留费', '保管费', '解冻费', '认证费', '激活费'],
    kinds: TALK,
  },
  // Made "in the same factory" as the genuine article (跟专柜一个工厂出来的, 和正品同一条生产线).
  {
    re: /(?:跟|和|与)(?:专柜|正品|大牌|官方|品牌方?)(?:是)?(?:一个|同一个|同一|同个|一家|同一家)(?:条|家|个)?(?:工厂|厂|厂家|代工厂|生产线|流水线)(?:出来的|生产的|做的|出的)?(?![^，,。！？!?\n]{0,3}[吗么?？])/gu,
    category: 'counterfeit',
    severity: 3,
    term: 'phrase:same-factory',
    anyOf: ['厂', '生产线', '流水线'],
  },
  // A prize paid for before it is sent (恭喜获得大奖，请支付99元运费领取).
  {
    re: new RegExp(
      `(?:支付|缴纳|补交|先付|付)${CLAUSE}{0,2}${AMOUNT}元${CLAUSE}{0,4}?(?:的)?(?:运费|邮费|税费|手续费|保证金|公证费)${CLAUSE}{0,2}(?:即可)?(?:领取|领奖|兑奖|发货)`,
      'gu',
    ),
    category: 'fraud',
    severity: 4,
    term: 'phrase:pay-to-claim',
    anyOf: ['领取', '领奖', '兑奖'],
    kinds: TALK,
  },
  // A platform named by a mask (去某鱼搜我店名, 某宝搜) or a homophone (咸鱼).
  {
    re: /(?:去|到|上|来|在)(?:某|x|咸)(?:鱼|宝|音|书|多多|东)[^，,。！？!?；;\n]{0,4}(?:搜|找|下单|买|私)|(?:某|咸)(?:鱼|宝|多多)(?:搜|上搜)(?:我|一下)?/gu,
    category: 'diversion',
    severity: 3,
    term: 'phrase:other-platform',
    anyOf: ['某鱼', '某宝', '某音', '某书', '某多多', '某东', 'x鱼', 'x宝', 'x音', 'x书', 'x东', '咸鱼'],
    kinds: ['listing', 'live_segment', 'comment', 'web_page'],
  },
  // "The most … in the world" in a listing or a stream (全世界最贵的面料, 全国最好吃).
  {
    // From 最 on, so the engine can skip to it; the superlatives the lexicon holds (最好, 最低价) are
    // left to it.
    re: /(?<=(?:全世界|全球|全国|全网|世界上|全中国|全宇宙|史上|有史以来))最(?!好|佳|优|强|低|便宜|高|火|畅销|受欢迎|舒适|安全|有效|先进|顶级|健康|耐用|牛)[^\s，,。！？!?；;、的]{1,2}/gu,
    category: 'ad_superlative',
    severity: 3,
    term: 'phrase:superlative-scope',
    anyOf: ['最'],
    kinds: GOODS,
  },
  // Growing taller promised to children (穿了长高5厘米, 促进长高): an insole's 增高3cm is its height.
  {
    re: new RegExp(
      `(?:长高|长个子?)${CLAUSE}{0,2}(?:${NUM}|[0-9]+)(?:厘米|公分|cm)|(?:促进|帮助|助力)(?:孩子|儿童|宝宝)?长高`,
      'gu',
    ),
    category: 'medical_claim',
    severity: 3,
    term: 'phrase:growth-claim',
    anyOf: ['长高', '长个'],
    kinds: SELLING,
    exceptCategories: NOT_MEDICINE,
  },
  // Trending words stuffed into a listing that then names the goods it really sells
  // (【热搜同款】明星演唱会门票 iPhone 黄金 … 实际商品：手机支架), or admits its title is for search only.
  {
    re: /(?:热搜同款|热搜爆款|蹭热度|蹭热点)[^\n]{0,80}?(?=实际商品|实际发货|实际发的是|拍下发的是|实物为)|标题(?:关键词)?仅供搜索/gu,
    category: 'spam_seo',
    severity: 2,
    term: 'phrase:trending-bait',
    anyOf: ['热搜', '蹭热', '仅供搜索'],
    kinds: ['listing'],
  },
  // A messenger named by a nickname, then "search me" (去我简介那个绿色软件搜我名字, 企鹅搜我).
  {
    re: /(?:绿色软件|绿色app|绿色聊天软件|绿泡泡|蓝色软件|小企鹅|企鹅|纸飞机|小飞机)[^，,。！？!?；;\n]{0,4}(?:搜|加我|找我|私我)(?:一下)?(?:我)?(?:的)?(?:名字|昵称|同名|id|号)?/gu,
    category: 'diversion',
    severity: 3,
    term: 'phrase:messenger-nickname',
    anyOf: ['软件', '绿泡泡', '绿色app', '企鹅', '飞机'],
    kinds: ['listing', 'live_segment', 'comment', 'web_page'],
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
    [
      '(?:weed|coke|molly|meth|xanax|xans|xannies|percs?|percocets?|oxys?|addys|adderall|lsd|acid|tabs|shrooms|ket|mdma|carts|lean)(?:,? (?:and |&amp; |& )?(?:weed|coke|molly|meth|xanax|xans|xannies|percs?|percocets?|oxys?|addys|adderall|lsd|acid|tabs|shrooms|ket|mdma|cocaine|carts|lean))+',
    ],
  ],
  [
    'diversion',
    3,
    undefined,
    [
      '(?:add|dm|text|message|hmu|hit me up|contact|reach) (?:me )?(?:on|via|at) (?:whatsapp|wechat|telegram|line|signal|wickr|snap(?:chat)?|kik|insta(?:gram)?|ig|discord)',
      '(?:snap|kik|wickr|whatsapp|telegram) me',
    ],
  ],
  [
    'fraud',
    4,
    undefined,
    [
      "you(?:'ve| have)? won (?:a |an )?(?:\\$?\\d[\\d,]* )?(?:gift card|prize|iphone|cash prize|reward)",
      'claim (?:it |now |your prize |your gift )?by paying',
    ],
  ],
  [
    'gambling',
    3,
    undefined,
    [
      '(?:vip|daily|weekly) (?:rebate|cashback)(?: (?:of |up to )?\\d+(?:\\.\\d+)?%)?(?: daily| weekly)?',
      'deposit (?:with|via|using|in) (?:usdt|crypto|btc|bitcoin|eth|tether)(?:,? withdraw(?:al)?s? (?:in|within) \\d+ (?:minutes?|mins?|seconds?|secs?))?',
      'withdraw(?:al)?s? (?:in|within) \\d+ (?:minutes?|mins?|seconds?|secs?)',
      'bet on (?:football|soccer|cricket|basketball|tennis|horse racing|esports|sports|the match|matches)',
    ],
  ],
  [
    'spam_seo',
    3,
    undefined,
    [
      '(?:buy|cheap|get|real) (?:\\d+k? )?(?:real |active |cheap )?(?:instagram |insta |ig |tiktok |youtube |twitter |facebook )?(?:followers|likes|views|subscribers)(?: instantly| fast)?',
      '(?:buy|cheap|quality|dofollow|pbn|seo) backlinks',
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

/**
 * Every English phrase has two words in a row (weed, coke · dm on wickr · vip rebate) or is #1: a
 * text without either (most Chinese shop text, with its S/M/L and Type-C) skips the alternation.
 */
const ENGLISH_GATE = /[a-z]{2}[,'’]? (?:& )?[a-z]|#1/u;

/** Indexes of the patterns that apply to each kind, so a screen loops over its own only. */
const BY_KIND: Readonly<Record<ContentKind, readonly number[]>> = (() => {
  const out = {} as Record<ContentKind, number[]>;
  for (const kind of CONTENT_KINDS) {
    out[kind] = [];
    PHRASE_PATTERNS.forEach((p, i) => {
      if (!p.kinds || p.kinds.includes(kind)) out[kind].push(i);
    });
  }
  return out;
})();

/** Whether each pattern (by index) needs ASCII letters in the text. */
const NEEDS_ASCII: readonly boolean[] = PHRASE_PATTERNS.map((p) => !/[\u3400-\u9fff]/u.test(p.re.source));
// Two letters side by side, or spelled out with one separator between them (s e x).
const HAS_ASCII_WORD = /[a-z][\s._*-]?[a-z]/u;

// The first unit of every anyOf piece, with the patterns whose pieces start with it. One pass over
// the text marks which units occur and which patterns they make candidates, so a pattern none of
// whose pieces can start anywhere is skipped by one lookup, without a substring search: most shop
// text holds the first unit of a few pieces at most.
const FIRST_UNIT = new Uint8Array(65_536);
/** Per first unit, the patterns it makes candidates. */
const PATTERNS_OF_UNIT = new Array<number[] | undefined>(65_536).fill(undefined);
PHRASE_PATTERNS.forEach((p, i) => {
  for (const piece of p.anyOf ?? []) {
    const c = piece.charCodeAt(0);
    FIRST_UNIT[c] = 1;
    const list = PATTERNS_OF_UNIT[c] ?? [];
    if (!list.includes(i)) list.push(i);
    PATTERNS_OF_UNIT[c] = list;
  }
});
const present = new Uint8Array(65_536);
const marked: number[] = [];
const candidate = new Uint8Array(PHRASE_PATTERNS.length);

/** Every match of the patterns that apply to kind and product category, in pattern order. */
export function findPhrases(
  folded: string,
  kind: ContentKind,
  productCategory: string | undefined,
  found: (m: PhraseMatch) => void,
): void {
  const ascii = HAS_ASCII_WORD.test(folded);
  const english = ascii && ENGLISH_GATE.test(folded);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (FIRST_UNIT[c] === 1 && present[c] === 0) {
      present[c] = 1;
      marked.push(c);
      const list = PATTERNS_OF_UNIT[c] as readonly number[];
      for (let k = 0; k < list.length; k++) candidate[list[k]] = 1;
    }
  }
  try {
    scanPatterns(folded, kind, productCategory, ascii, english, found);
  } finally {
    candidate.fill(0);
    for (const c of marked) present[c] = 0;
    marked.length = 0;
  }
  if (!english) return;
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
  english: boolean,
  found: (m: PhraseMatch) => void,
): void {
  const indexes = BY_KIND[kind];
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k];
    const pattern = PHRASE_PATTERNS[i];
    if ((!ascii && NEEDS_ASCII[i]) || (!english && pattern.english === true)) continue;
    if (productCategory !== undefined && pattern.exceptCategories?.includes(productCategory)) continue;
    if (pattern.anyOf && (candidate[i] === 0 || !mayOccur(folded, pattern.anyOf))) continue;
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
