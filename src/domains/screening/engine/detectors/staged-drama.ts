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
      `(?:我妈|我爸|我奶奶|我爷爷|我老公|我老婆|老公|我儿子|我女儿|孩子|我家老人|家里老人)${C}{0,8}(?:住院|进了?医院|在医院(?:躺|抢救|等着)|重症|抢救|等着交钱|生病|病倒|手术|得了癌|白血病|要跟我离婚|离婚|摔断|去世|走了以后|躺着)`,
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
  {
    re: new RegExp(`(?:填错|标错|挂错|改错|设错)${C}{0,8}(?:亏|罚|扣|赔)${C}{0,8}`, 'gu'),
    severity: 4,
    term: 'staged:fake-mistake',
  },
  {
    re: new RegExp(
      `亏(?:了${'[0-9一二两三四五六七八九十百千万]'}+|死了|到破产|着卖|本清|本卖)|再卖就亏|赔钱卖|倒贴钱`,
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
    re: /(?:factory|shop|company) is closing|(?:boss|manager) (?:will|is going to) fire me|(?:mom|mother|dad|father|son|daughter|wife|husband) is in (?:the )?hospital|please help me/gu,
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
    re: /(?:今天|今天真的|真的)?是?最后一天(?:直播)?了?|(?:今天是)?最后一场(?:直播)?|最后一次直播|马上(?:下架|涨价|恢复原价)|下播(?:就|后)?(?:恢复|涨价)|(?:抢完|卖完)(?:就)?(?:恢复原价|涨价)|以后(?:再)?也?不(?:做|干|播)了|(?:房东|商场|物业)[^，,。！？!?；;\n]{0,6}(?:收房|收回|赶我们|不续租)/gu,
    severity: 3,
    term: 'staged:pressure',
  },
];

/** Countdown talk: never reported (every flash sale counts down), but it corroborates pressure. */
const COUNTDOWN = /倒计时|最后[一二三四五六七八九十0-9]+(?:分钟|单|件|份|个)|抢完就没了?|last day/gu;

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
