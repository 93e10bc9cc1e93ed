// Staged drama and pressure in live selling, found over a window of the stream.
//
// A host who fakes a quarrel with the boss, a sick mother, a factory that closes tomorrow or a
// beating on camera says it in endless words, so besides the lexicon this detector matches
// patterns: a person and what happens to them within one clause (我妈…住院, 老板…拦着我, 工厂…倒闭).
// Cues come in three strengths:
//  - drama (severity 3–4) and staged violence (severity 5) count wherever they occur;
//  - mild scarcity talk (错过今天再等一年) is reported at severity 1, worth a note only;
//  - pressure (最后一天, 倒计时, 马上下架) is what an honest campaign also says on its last day, so it
//    is reported only when the window holds another cue: the segment itself, or the stream's
//    recent segments when the caller passes them (context.recentSegments).

export interface StagedCue {
  start: number;
  end: number;
  severity: number;
  term: string;
}

interface CuePattern {
  re: RegExp;
  severity: number;
  term: string;
}

/** Characters of one clause: a cue's parts must not be split by punctuation (folded text has , for ，). */
const C = '[^，,。！？!?；;\\n]';

const DRAMA: readonly CuePattern[] = [
  {
    re: new RegExp(
      `老板${C}{0,8}(?:骂|拦|不同意|不让|冲进来|疯了|要开除|开除我|扣我|逼我|跑路|哭了|打死我|弄死我|杀了我)`,
      'gu',
    ),
    severity: 4,
    term: 'staged:boss-quarrel',
  },
  {
    re: new RegExp(`(?:厂家|厂长|运营|助理|老板娘|经理|供应商)${C}{0,8}(?:骂我|骂了我|吵|不让卖|断我|要断)`, 'gu'),
    severity: 3,
    term: 'staged:boss-quarrel',
  },
  { re: /谁让你卖这么便宜|内部吵架|跟你们老板吵|要断我的货|断我的货/gu, severity: 3, term: 'staged:boss-quarrel' },
  // The host's own punishment for the low price: 会打死我, 要扣我工资.
  {
    re: /(?:会|要|得)(?:骂死|打死|弄死|杀了|开除)我|(?:扣|罚)(?:我|光)?(?:的)?(?:工资|提成|奖金)|被扣工资/gu,
    severity: 3,
    term: 'staged:boss-quarrel',
  },
  {
    re: new RegExp(
      `(?:我妈|我爸|我奶奶|我爷爷|我老公|我老婆|老公|我儿子|我女儿|孩子|我家老人|家里老人)${C}{0,8}(?:住院|进了?医院|在医院(?:躺|抢救|等着)|重症|抢救|等着交钱|生病|病倒|手术|得了癌|癌症|晚期|病危|瘫痪|尿毒症|透析|化疗|白血病|要跟我离婚|离婚|摔断|去世|走了以后|躺着)`,
      'gu',
    ),
    severity: 4,
    term: 'staged:sob-story',
  },
  { re: new RegExp(`急需${C}{0,4}(?:手术费|医药费|用钱|救命)`, 'gu'), severity: 4, term: 'staged:sob-story' },
  {
    re: /欠了一屁股债|贫困山区出来的|烂在地里|家里欠债|给我争口气|帮我一把|(?:救救|帮帮)(?:我|他|她|我们|孩子)|家人们救我|帮我冲一?下?榜|我真的要放弃了|最后支持我一次|[急都]哭了/gu,
    severity: 3,
    term: 'staged:sob-story',
  },
  {
    re: new RegExp(`(?:工厂|厂子|公司|店铺|仓库|库房)${C}{0,6}(?:倒闭|解散|破产|着火|要拆|被查封)`, 'gu'),
    severity: 4,
    term: 'staged:fake-closure',
  },
  {
    re: new RegExp(
      `(?:直播间|账号|店铺|链接)${C}{0,4}(?:就|马上|要)${C}{0,3}(?:被封|封掉|封了|删掉|删了|关掉|关了|关闭|下架了)`,
      'gu',
    ),
    severity: 4,
    term: 'staged:fake-ban',
  },
  { re: /(?:封|关)我(?:的)?(?:号|链接|直播间)/gu, severity: 4, term: 'staged:fake-ban' },
  // The platform itself "about to" take the stream down (平台明天就要下架我们了, 官方要封我们).
  {
    re: new RegExp(
      `(?:平台|官方|上面|抖音|快手)${C}{0,6}(?:要|就要|马上|准备)${C}{0,2}(?:下架|封|关|限流|封禁|清退)(?:掉)?(?:我们|我|咱们|直播间|链接|店铺)`,
      'gu',
    ),
    severity: 4,
    term: 'staged:fake-ban',
  },
  // A threat to quit over the price (你不同意我今天就不干了, 不给这个价我就辞职).
  {
    re: new RegExp(
      `(?:你|老板|厂家|领导)(?:要是|如果)?不(?:同意|答应|给|让)${C}{0,8}(?:我|老子)${C}{0,4}(?:不干了|辞职|撂挑子|不播了|走人)`,
      'gu',
    ),
    severity: 4,
    term: 'staged:boss-quarrel',
  },
  // A quarrel told by its length (刚才跟我吵了半小时, 和厂家吵了一上午).
  {
    re: new RegExp(
      `(?:跟|和)(?:我|他|老板|厂家|厂长|运营)吵了?(?:${'[0-9一二两三四五六七八九十]'}+(?:分钟|个?小时|天)|半(?:个)?小时|一架|半天|一上午|一下午|一晚上|好久)`,
      'gu',
    ),
    severity: 4,
    term: 'staged:boss-quarrel',
  },
  // A family that lives on the stream, workers left unpaid, a price set behind the boss's back.
  {
    re: new RegExp(
      `(?:家里|全家|一家人|一家老小|我们家)${C}{0,4}(?:就|全|都)?(?:靠|指望)(?:这个|你们|大家|直播间|这场)|(?:工人|员工|大家)(?:的)?(?:工资)?${C}{0,3}(?:发不出|发不了|没着落)|发不出工资`,
      'gu',
    ),
    severity: 3,
    term: 'staged:sob-story',
  },
  {
    re: /瞒着(?:老板|厂家|公司|领导|运营)|背着(?:老板|厂家|公司|领导)|被(?:老板|厂家|领导)发现(?:就|我就)?/gu,
    severity: 3,
    term: 'staged:boss-quarrel',
  },
  // A company gone bust and its staff left to sell (资金链断了，老板跑了，员工自救).
  {
    re: new RegExp(`资金链${C}{0,2}断|老板(?:已经)?跑了|(?:员工|工人)自救`, 'gu'),
    severity: 4,
    term: 'staged:fake-closure',
  },
  // The sound of a quarrel in a transcript (（争吵声）) and a threat to call the police over a price;
  // tears alone (（哭）) go with the appeal they come with.
  {
    re: new RegExp(`[（(](?:争吵声|吵架声|骂声|打斗声)[)）]|(?:再这样|再敢|再卖)${C}{0,6}(?:我就)?报警`, 'gu'),
    severity: 3,
    term: 'staged:boss-quarrel',
  },
  // Unsold goods as the host's ruin (这批货卖不完我真的没办法了).
  {
    re: new RegExp(`(?:卖不完|卖不出去|没人买)${C}{0,8}(?:没办法了|活不下去|就完了|交不起|还不上|要饿死|跳楼)`, 'gu'),
    severity: 3,
    term: 'staged:sob-story',
  },
  {
    re: new RegExp(`(?:填错|标错|挂错|改错|设错)${C}{0,8}(?:亏|罚|扣|赔)${C}{0,8}`, 'gu'),
    severity: 4,
    term: 'staged:fake-mistake',
  },
  {
    re: new RegExp(
      `亏(?:了${'[0-9一二两三四五六七八九十百千万]'}+|死了?|到破产|着卖|本清|本卖)|再卖就亏|赔钱卖|倒贴钱|亏一单是一单|卖一单亏一单|将错就错`,
      'gu',
    ),
    severity: 3,
    term: 'staged:fake-loss',
  },
  {
    re: /再也不会有这个价|永远不再返场|不再返场|最后一次这个价|大不了我?不干了|工资不要了|输了我就|剃光头|要被开除/gu,
    severity: 3,
    term: 'staged:pressure',
  },
  {
    re: /(?:factory|shop|company) is closing|(?:boss|manager|supervisor) (?:will|is going to|is gonna|gonna|is about to) (?:fire|kill) me(?: for this price)?|(?:mom|mother|dad|father|son|daughter|wife|husband) is in (?:the )?hospital|please help me/gu,
    severity: 3,
    term: 'staged:sob-story',
  },
];

const VIOLENCE: readonly CuePattern[] = [
  {
    re: /(?:摔|砸)(?:杯子|东西|手机|碗|盘子|椅子|货)|(?:货|东西|手机|杯子|碗|盘子)(?:全|都)?(?:砸了|摔了|烧了)|拿刀逼|再说一句我?就(?:扇|打)你|(?:扇|打)你一?巴掌|动手打人/gu,
    severity: 5,
    term: 'staged:violence',
  },
];

const MILD: readonly CuePattern[] = [
  { re: new RegExp(`错过${C}{0,4}再?等一年|错过就没了`, 'gu'), severity: 1, term: 'staged:mild-pressure' },
];

const PRESSURE: readonly CuePattern[] = [
  {
    re: /(?:今天|今天真的|真的)?是?最后一天(?:直播)?了?|(?:以后|从此|这辈子)?再也买不到了|(?:今天|今晚|现在|这次)不(?:买|抢|下单)(?:就|的话)?(?:真的?)?(?:没了|没有了|买不到了)|(?:今天是)?最后一场(?:直播)?|最后一次直播|马上(?:下架|涨价|恢复原价)|下播(?:就|后)?(?:恢复|涨价)|(?:抢完|卖完)(?:就)?(?:恢复原价|涨价)|以后(?:再)?也?不(?:做|干|播)了|(?:房东|商场|物业)[^，,。！？!?；;\n]{0,6}(?:收房|收回|赶我们|不续租)/gu,
    severity: 3,
    term: 'staged:pressure',
  },
];

/** Countdown talk: never reported (every flash sale counts down), but it corroborates pressure. */
const COUNTDOWN =
  /倒计时|最后[一二三四五六七八九十百0-9]+(?:分钟|单|件|份|个|套)|抢完就没了?|last day|last \d+ (?:units|pieces|pcs|items|sets|orders)|only \d+ (?:units )?left/gu;

/**
 * The last units of stock (最后五十单, last 20 units): scarcity an honest sale states too, so it is
 * reported, as pressure, only beside drama or violence in the same segment (摔东西 … 最后五十单).
 */
const LAST_UNITS = /最后[一二三四五六七八九十百0-9]+(?:单|件|份|套)|last \d+ (?:units|pieces|pcs|items|sets|orders)/gu;

function scan(text: string, patterns: readonly CuePattern[], out: StagedCue[]): void {
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, severity: p.severity, term: p.term });
    }
  }
}

/** Whether a window of earlier segments holds a drama, violence or pressure cue. */
function windowHasCue(recent: readonly string[]): boolean {
  const found: StagedCue[] = [];
  for (const segment of recent) {
    scan(segment, DRAMA, found);
    scan(segment, VIOLENCE, found);
    scan(segment, PRESSURE, found);
    if (found.length > 0) return true;
  }
  return false;
}

/**
 * Staged-drama cues in one folded live segment. `recentFolded` are the stream's earlier segments
 * (folded), oldest first, and `lexicalCues` how many staged-drama lexicon terms the segment holds.
 */
export function findStagedDrama(folded: string, recentFolded: readonly string[], lexicalCues: number): StagedCue[] {
  const strong: StagedCue[] = [];
  scan(folded, DRAMA, strong);
  scan(folded, VIOLENCE, strong);
  const out = strong.slice();
  if (strong.length > 0) {
    LAST_UNITS.lastIndex = 0;
    for (let m = LAST_UNITS.exec(folded); m !== null; m = LAST_UNITS.exec(folded))
      out.push({ start: m.index, end: m.index + m[0].length, severity: 3, term: 'staged:pressure' });
  }
  scan(folded, MILD, out);
  const pressure: StagedCue[] = [];
  scan(folded, PRESSURE, pressure);
  if (pressure.length > 0) {
    COUNTDOWN.lastIndex = 0;
    const corroborated =
      strong.length > 0 ||
      lexicalCues > 0 ||
      pressure.length > 1 ||
      COUNTDOWN.test(folded) ||
      (recentFolded.length > 0 && windowHasCue(recentFolded));
    if (corroborated) out.push(...pressure);
  }
  return out;
}
