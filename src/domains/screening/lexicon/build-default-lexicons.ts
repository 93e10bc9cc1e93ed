// Builds the upstream-derived default lexicons in data/lexicons/ from ../shared/data/lexicons/.
//
//   npx tsx src/domains/screening/lexicon/build-default-lexicons.ts [SOURCE_DIR] [OUT_DIR]
//
// The upstream lists favour recall: matched naively they flag ordinary shop text (their ad lists
// hold 网络, 客服, 淘宝, 代购). The rules below, applied in this order, turn them into curated,
// categorised lexicons. Every rule is a pure function of the input, so a rerun gives the same files.
//
//  1. normalise: NFKC (full-width → half-width), trim, drop fwwdn's trailing commas, lower-case
//     ASCII, split konsheng/fwwdn lines that pair words on commas and spaces, drop duplicates.
//  2. too short: drop terms of one character, and ASCII-only terms under 4 characters (qq, sm, 3p,
//     av, tnt: abbreviations that occur in model numbers, sizes and brand names).
//  3. weak two-character terms: a two-character term is kept only when it holds a character that is
//     unambiguous in its category (STRONG_CHARS) or is in TWO_CHAR_KEEP; 庄家, 冰粉, 插入, 证书 go.
//  4. ordinary words: drop SHOP_WORDS (words of ordinary shop text, dual-use chemicals sold in
//     legitimate shops, out-of-scope political names) and every allow-list word (houbb's allow-list
//     and data/lexicons/xinren-allow.csv).
//  5. the ad lists (konsheng 广告类型, fwwdn 广告) are generic advertising vocabulary; only the
//     terms in AD_LIST_KEEP are kept, under the category given there.
//  6. category: houbb codes 1 drugs, 2 sexual, 3 gambling, 4 illegal → fraud (illegal services:
//     fake certificates, data selling, counterfeit money); a term of code 1 or 4 that names a weapon,
//     explosive or controlled knife (WEAPON_RE) → weapons. Code 0 (politics) was removed upstream
//     and is out of scope. RECATEGORISE then corrects the upstream files' own mistakes (摇头丸 filed
//     as sexual, 蝴蝶刀 as illegal services) and drops entries that name no risk on their own (qq群,
//     婚外情, 身份证, truncated fragments such as 成人电 that fire inside 成人电动牙刷).
//  7. subsumed: a term that contains a kept term of the same category and at least its severity is
//     dropped: a substring matcher already finds it (qq出售气枪铅弹 ⊃ 气枪). This is what cuts
//     houbb's 42,952 lines to a few thousand without losing recall.
//  8. domains (konsheng 非法网址, fwwdn 网址): lower-cased, syntax-checked, merged; LEGIT_DOMAINS
//     and their sub-domains dropped. Shipped as spam_seo entries tagged `domain` for the contact and
//     URL detector, not for substring matching of free text.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconCategory, LexiconEntry } from './lexicon-entry.js';
import { formatAllowCsv, formatEntriesCsv, parseAllowCsv, parseEntriesCsv } from './lexicon-io.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export const SOURCES = {
  houbb: { repo: 'houbb/sensitive-word', commit: 'a4fddc0', licence: 'Apache-2.0', licenceFile: 'LICENSE.txt' },
  konsheng: { repo: 'konsheng/Sensitive-lexicon', commit: '5a8da94', licence: 'MIT', licenceFile: 'LICENSE' },
  fwwdn: { repo: 'fwwdn/sensitive-stop-words', commit: 'a7d06bb', licence: 'Apache-2.0', licenceFile: 'LICENSE' },
} as const;

const SEVERITY: Record<LexiconCategory, number> = {
  drugs: 5,
  weapons: 5,
  sexual: 4,
  gambling: 4,
  fraud: 4,
  spam_seo: 3,
  diversion: 3,
  ad_superlative: 3,
  medical_claim: 3,
  price_fraud: 3,
  staged_drama: 3,
  counterfeit: 4,
};

// Two characters say little on their own: 冰粉 is a dessert, 插入 is "insert", 证书 a certificate,
// and a term ending in 逼 fires inside 颜色逼真 (色逼). A two-character term is kept only when it
// holds a character that is unambiguous in its category, or is listed in TWO_CHAR_KEEP.
const STRONG_CHARS: Partial<Record<LexiconCategory, RegExp>> = {
  drugs: /毒/,
  sexual: /[淫屄屌肏娼嫖奸妓]|^[操肏日骚淫]逼$/,
  gambling: /赌/,
  weapons: /[枪弩]|炸药|炸弹|雷管/,
  fraud: /^(假币|假证|假钞|伪币|假钱)$/,
};
const TWO_CHAR_KEEP = new Set([
  'k粉',
  '白粉',
  '大麻',
  '麻古',
  '博彩',
  '下注',
  '口交',
  '乳交',
  '肛交',
  '群交',
  '兽交',
  '足交',
  '拳交',
  '乱交',
  '幼交',
  '性交',
  '颜射',
  '内射',
  '口射',
  '裸聊',
  '裸陪',
  '援交',
]);

export const SHOP_WORDS = new Set([
  // ordinary shop and advertising vocabulary
  '网络',
  '客服',
  '淘宝',
  '代购',
  '包邮',
  '正品',
  '新款',
  '优惠',
  '兼职',
  '招聘',
  '全职',
  '代理',
  '网购',
  '微店',
  '本店',
  '到货',
  '有意者',
  '全套',
  '桑拿',
  '技师',
  '按摩',
  '咪咪',
  '小姐',
  '宝贝',
  '美女',
  '少妇',
  '熟女',
  '情趣',
  '内衣',
  '丝袜',
  '按摩棒',
  '跳蛋',
  '避孕套',
  '安全套',
  '润滑油',
  '性感',
  '诱惑',
  '激情',
  '寂寞',
  '约会',
  '庄家',
  '娱乐',
  '彩票',
  '体育彩票',
  '福利彩票',
  '开锁',
  '警服',
  '弹簧',
  '弹力',
  '烟花',
  '鞭炮',
  '爆竹',
  '气球',
  '水枪',
  '玩具枪',
  '电热水',
  '射手',
  '奶粉',
  '面粉',
  '药丸',
  '冰糖',
  '麻将',
  '麻辣',
  '冰淇淋',
  '上网娱乐',
  '成人用品',
  '性用品',
  '冰火两重天',
  '会计证',
  '真人娱乐',
  '人体写真',
  '博白县',
  '浸淫',
  '汉奸',
  '枪手',
  '枪管',
  '枪模',
  '枪毙',
  '枪刺',
  '枪箱',
  '枪袋',
  '枪猎',
  '枪琯',
  '射钉枪',
  '奸情',
  '被逼',
  // dual-use chemicals and medicines that legitimate shops and pharmacies sell
  '硫酸',
  '盐酸',
  '硝酸',
  '硝酸钾',
  '硝酸铵',
  '硝酸甘油',
  '黄体酮',
  '麻黄素',
  '吗啡',
  '杜冷丁',
  '曲马多',
  '安定',
  // history, science and news vocabulary
  '原子弹',
  '氢弹',
  '导弹',
  '核弹',
  '火药原理',
  // out of scope: political names and finance news words in the upstream ad lists
  '救市',
  '崩盘',
  '证监会',
  '周小川',
  '刘明康',
  '尚福林',
  '孔丹',
  '中国复兴党',
  '四海帮',
  '阿波罗网',
]);

const AD_LIST_KEEP: Record<string, LexiconCategory> = {
  包夜: 'sexual',
  楼凤: 'sexual',
  推油: 'sexual',
  胸推: 'sexual',
  毒龙: 'sexual',
  口爆: 'sexual',
  足交: 'sexual',
  口暴: 'sexual',
  口交: 'sexual',
  吞精: 'sexual',
  操逼: 'sexual',
  妓女: 'sexual',
  狼友: 'sexual',
  代开发票: 'fraud',
  信用卡提现: 'fraud',
  借腹生子: 'fraud',
  代孕妈妈: 'fraud',
  代生孩子: 'fraud',
  售肾: 'fraud',
  刻章办: 'fraud',
  套牌车: 'fraud',
  替考试: 'fraud',
  出售答案: 'fraud',
  考中答案: 'fraud',
  地下钱庄: 'fraud',
  私家侦探: 'fraud',
  私人侦探: 'fraud',
  针孔摄象: 'fraud',
  调查婚外情: 'fraud',
  隐形耳机: 'fraud',
  完全自杀手册: 'fraud',
  足球投注: 'gambling',
  六合彩: 'gambling',
  曾道人: 'gambling',
  六位qq: 'fraud',
  '6位qq': 'fraud',
};

const WEAPON_RE =
  /枪|qiang|木仓|手狗|气狗|汽狗|步狗|猎狗枪|钢珠狗|炸药|炸弹|雷管|火药|弓弩|弩|子弹|铅弹|钢珠|军刀|弹簧刀|秃鹰|左轮|狙击|手雷|tnt|c4|燃烧弹|燃烧瓶|爆炸物|起爆|刀具|蝴蝶刀|开山刀|跳刀|三棱刺|军刺|匕首|甩棍|电击器|电警棍|刺刀|砍刀|猎刀|直刀|折叠刀|折刀|格斗刀|武士刀|狗腿刀|战术刀|马刀/i;

/**
 * Upstream entries whose category is wrong for Xinren, by term: the right category, or null to
 * drop the entry. Applied to every source after rule 6, before the curation rules.
 */
export const RECATEGORISE: Readonly<Record<string, LexiconCategory | null>> = {
  // drugs the upstream sexual lists carry (they are sold as "party" goods)
  摇头丸: 'drugs',
  裸盖菇: 'drugs',
  // the high of a drug, not sex (xinren-drugs.csv has it)
  飘飘欲仙: null,
  // surrogacy is an illegal service, not sexual content
  代孕妈妈: 'fraud',
  借腹生子: 'fraud',
  // controlled knives filed as illegal services
  蝴蝶刀: 'weapons',
  开山刀: 'weapons',
  管制刀具: 'weapons',
  // no risk on their own: shop, chat and news words
  qq群: null,
  bb弹: null,
  // a contact, not an illegal service (xinren-diversion.csv has it)
  加我qq: null,
  婚外情: null,
  身份证: null,
  毕业证: null,
  学位证: null,
  // documents are named by their holders too (驾驶证皮套, 房产证加名): forging them is the risk (办假证)
  学历证: null,
  房产证: null,
  行驶证: null,
  驾驶证: null,
  结婚证: null,
  户口本: null,
  免费电影: null,
  txt下载: null,
  午夜影院: null,
  // adult goods are a legal shop category (情趣 is an ordinary shop word, rule 4): the offers around
  // them are the risk
  情趣内衣: null,
  情趣用品: null,
  // truncated fragments that fire inside ordinary words (成人电动牙刷, 成人小号, 成人文具, 成人视力,
  // 人体艺术摄影, 招聘兼职女店员)
  人体艺: null,
  人体艺术: null,
  兼职女: null,
  成人电: null,
  成人文: null,
  成人小: null,
  成人视: null,
};

/** Rule 6's correction: the candidate under its right category, or undefined to drop it. */
export function recategorise(term: string, category: LexiconCategory): LexiconCategory | undefined {
  if (!Object.hasOwn(RECATEGORISE, term)) return category;
  return RECATEGORISE[term] ?? undefined;
}

export const LEGIT_DOMAINS = [
  'qq.com',
  'baidu.com',
  'taobao.com',
  'tmall.com',
  'jd.com',
  'weibo.com',
  'sina.com.cn',
  'sina.com',
  '163.com',
  '126.com',
  'sohu.com',
  'google.com',
  'youtube.com',
  'alipay.com',
  'weixin.qq.com',
  'douyin.com',
  'xiaohongshu.com',
  'pinduoduo.com',
  'github.com',
  'microsoft.com',
  'apple.com',
];

type Candidate = { term: string; category: LexiconCategory; severity: number; source: string };

export interface BuildReport {
  source: string;
  read: number;
  dropped: Record<string, number>;
  kept: Partial<Record<LexiconCategory, number>>;
}

function normalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .replace(/[,，]+$/, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .trim();
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r\n|\n|\r/);
}

/** Why a term is dropped, or undefined to keep it (rules 2–4). */
export function rejectReason(term: string, category: LexiconCategory, allow: ReadonlySet<string>): string | undefined {
  const chars = [...term];
  if (chars.length < 2) return 'single character';
  if (/^[\x20-\x7e]+$/.test(term) && chars.length < 4) return 'short ASCII';
  if (/[\p{Cc}]/u.test(term)) return 'control character';
  if (chars.length === 2 && !TWO_CHAR_KEEP.has(term) && !STRONG_CHARS[category]?.test(term)) {
    return 'weak two-character term';
  }
  if (SHOP_WORDS.has(term)) return 'ordinary word';
  if (allow.has(term)) return 'allow-listed';
  return undefined;
}

function houbbCategory(term: string, codes: Set<string>): LexiconCategory | undefined {
  if ((codes.has('1') || codes.has('4')) && WEAPON_RE.test(term)) return 'weapons';
  if (codes.has('1')) return 'drugs';
  if (codes.has('3')) return 'gambling';
  if (codes.has('2')) return 'sexual';
  if (codes.has('4')) return 'fraud';
  return undefined;
}

/** Rule 7: drop terms that contain another kept term of the same category and no lower severity. */
export function dropSubsumed<T extends { term: string; category: string; severity: number }>(items: T[]): T[] {
  const byKey = new Map<string, number>();
  for (const c of items) {
    const k = `${c.category}\u0000${c.term}`;
    byKey.set(k, Math.max(byKey.get(k) ?? 0, c.severity));
  }
  return items.filter((c) => {
    const chars = [...c.term];
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= chars.length; j++) {
        if (i === 0 && j === chars.length) continue;
        const sev = byKey.get(`${c.category}\u0000${chars.slice(i, j).join('')}`);
        if (sev !== undefined && sev >= c.severity) return false;
      }
    }
    return true;
  });
}

function toEntries(
  candidates: Candidate[],
  allow: ReadonlySet<string>,
  report: BuildReport,
  tags: (c: Candidate) => string[],
): LexiconEntry[] {
  const drop = (why: string) => {
    report.dropped[why] = (report.dropped[why] ?? 0) + 1;
  };
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = `${c.category}\u0000${c.term}`;
    if (c.term === '' || seen.has(key)) {
      drop('empty or duplicate');
      continue;
    }
    seen.add(key);
    const why = rejectReason(c.term, c.category, allow);
    if (why) drop(why);
    else kept.push(c);
  }
  const unsubsumed = dropSubsumed(kept);
  for (let i = 0; i < kept.length - unsubsumed.length; i++) drop('subsumed by a shorter term');
  unsubsumed.sort((a, b) => a.category.localeCompare(b.category) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  for (const c of unsubsumed) report.kept[c.category] = (report.kept[c.category] ?? 0) + 1;
  return unsubsumed.map((c) => ({
    term: c.term,
    category: c.category,
    severity: c.severity,
    kinds: [],
    tags: tags(c),
  }));
}

function buildHoubb(src: string, allow: ReadonlySet<string>): { entries: LexiconEntry[]; report: BuildReport } {
  const report: BuildReport = { source: 'houbb', read: 0, dropped: {}, kept: {} };
  const candidates: Candidate[] = [];
  for (const line of lines(join(src, 'houbb/sensitive_word_tags.txt'))) {
    if (line.trim() === '') continue;
    report.read++;
    const m = /^(.*\S)\s+([0-9,]+)$/.exec(line.trim());
    if (!m) {
      report.dropped['unparsable line'] = (report.dropped['unparsable line'] ?? 0) + 1;
      continue;
    }
    const term = normalise(m[1]);
    const coded = houbbCategory(term, new Set(m[2].split(',')));
    if (!coded) {
      report.dropped['out-of-scope code'] = (report.dropped['out-of-scope code'] ?? 0) + 1;
      continue;
    }
    const category = recategorise(term, coded);
    if (!category) {
      report.dropped['no risk on its own'] = (report.dropped['no risk on its own'] ?? 0) + 1;
      continue;
    }
    const severity = [...term].length === 2 ? SEVERITY[category] - 1 : SEVERITY[category];
    candidates.push({ term, category, severity, source: 'houbb' });
  }
  return { entries: toEntries(candidates, allow, report, () => ['source:houbb']), report };
}

function buildKonshengFwwdn(src: string, allow: ReadonlySet<string>): { entries: LexiconEntry[]; report: BuildReport } {
  const report: BuildReport = { source: 'konsheng+fwwdn', read: 0, dropped: {}, kept: {} };
  const candidates: Candidate[] = [];
  const files: [string, LexiconCategory | 'ads'][] = [
    ['konsheng/色情类型.txt', 'sexual'],
    ['konsheng/色情词库.txt', 'sexual'],
    ['fwwdn/色情类.txt', 'sexual'],
    ['konsheng/涉枪涉爆.txt', 'weapons'],
    ['fwwdn/涉枪涉爆违法信息关键词.txt', 'weapons'],
    ['konsheng/广告类型.txt', 'ads'],
    ['fwwdn/广告.txt', 'ads'],
  ];
  const pushCandidate = (term: string, kind: LexiconCategory | 'ads', source: string) => {
    let category: LexiconCategory;
    if (kind === 'ads') {
      const keep = AD_LIST_KEEP[term];
      if (!keep) {
        report.dropped['generic ad word'] = (report.dropped['generic ad word'] ?? 0) + 1;
        return;
      }
      category = keep;
    } else {
      category = kind;
    }
    const corrected = recategorise(term, category);
    if (!corrected) {
      report.dropped['no risk on its own'] = (report.dropped['no risk on its own'] ?? 0) + 1;
      return;
    }
    category = corrected;
    const severity = [...term].length === 2 ? SEVERITY[category] - 1 : SEVERITY[category];
    candidates.push({ term, category, severity, source });
  };
  for (const [file, kind] of files) {
    const source = file.split('/')[0];
    for (const raw of lines(join(src, file))) {
      if (raw.trim() === '') continue;
      report.read++;
      // Some lines pair words ("出售炸药 电话", "进口气枪,气枪子弹"): each part is a term of its own,
      // and the generic ones (电话, qq) fall to the rules below.
      for (const part of normalise(raw).split(/[,，\s]+/)) {
        const term = normalise(part);
        if (term !== '') pushCandidate(term, kind, source);
      }
    }
  }
  // Both projects ship near-identical lists; the tag names each one that had the term.
  const sources = new Map<string, Set<string>>();
  for (const c of candidates) {
    const k = `${c.category}\u0000${c.term}`;
    if (!sources.has(k)) sources.set(k, new Set());
    sources.get(k)!.add(c.source);
  }
  const entries = toEntries(candidates, allow, report, (c) =>
    [...(sources.get(`${c.category}\u0000${c.term}`) ?? [])].sort().map((s) => `source:${s}`),
  );
  return { entries, report };
}

function buildDomains(src: string): { entries: LexiconEntry[]; report: BuildReport } {
  const report: BuildReport = { source: 'domains (konsheng+fwwdn)', read: 0, dropped: {}, kept: {} };
  const domains = new Set<string>();
  const legit = (d: string) => LEGIT_DOMAINS.some((l) => d === l || d.endsWith(`.${l}`));
  for (const file of ['konsheng/非法网址.txt', 'fwwdn/网址.txt']) {
    for (const raw of lines(join(src, file))) {
      if (raw.trim() === '') continue;
      report.read++;
      const d = raw.trim().toLowerCase().replace(/\.$/, '');
      const why = !/^(?=.{4,100}$)([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(d)
        ? 'not a domain'
        : legit(d)
          ? 'well-known legitimate domain'
          : domains.has(d)
            ? 'empty or duplicate'
            : undefined;
      if (why) report.dropped[why] = (report.dropped[why] ?? 0) + 1;
      else domains.add(d);
    }
  }
  const sorted = [...domains].sort();
  report.kept.spam_seo = sorted.length;
  return {
    entries: sorted.map((term) => ({
      term,
      category: 'spam_seo',
      severity: 3,
      kinds: [],
      tags: ['domain', 'source:konsheng-fwwdn'],
    })),
    report,
  };
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

function countCategories(entries: LexiconEntry[]): Partial<Record<LexiconCategory, number>> {
  const out: Partial<Record<LexiconCategory, number>> = {};
  for (const e of entries) out[e.category] = (out[e.category] ?? 0) + 1;
  return out;
}

function reportTable(reports: BuildReport[]): string {
  const rows = reports.map((r) => {
    const dropped = Object.entries(r.dropped)
      .sort((a, b) => b[1] - a[1])
      .map(([why, n]) => `${why} ${n}`)
      .join('; ');
    const kept = Object.entries(r.kept)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    return `| ${r.source} | ${r.read} | ${dropped} | ${kept} |`;
  });
  return ['| source | lines read | dropped (why: how many) | kept per category |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

export function build(src: string, out: string): BuildReport[] {
  mkdirSync(join(out, 'LICENSES'), { recursive: true });
  const xinrenAllowPath = join(out, 'xinren-allow.csv');
  const xinrenAllow = parseAllowCsv(readFileSync(xinrenAllowPath, 'utf8'));
  const houbbAllow = lines(join(src, 'houbb/sensitive_word_allow.txt'))
    .map(normalise)
    .filter((t) => t !== '')
    .map((term) => ({ term, note: 'houbb/sensitive-word allow-list' }));
  const allow = new Set([...xinrenAllow, ...houbbAllow].map((a) => a.term));

  const houbb = buildHoubb(src, allow);
  const kf = buildKonshengFwwdn(src, allow);
  const domains = buildDomains(src);
  writeFileSync(join(out, 'houbb.csv'), formatEntriesCsv(houbb.entries));
  writeFileSync(join(out, 'houbb-allow.csv'), formatAllowCsv(houbbAllow));
  writeFileSync(join(out, 'konsheng-fwwdn.csv'), formatEntriesCsv(kf.entries));
  writeFileSync(join(out, 'konsheng-fwwdn-domains.csv'), formatEntriesCsv(domains.entries));
  for (const [name, s] of Object.entries(SOURCES)) {
    // Written rather than copied: a copy would keep the read-only mode of the shared folder.
    writeFileSync(join(out, 'LICENSES', `${name}-LICENSE.txt`), readFileSync(join(src, name, s.licenceFile)));
  }

  const own = readdirSync(out)
    .filter((f) => f.startsWith('xinren-') && f.endsWith('.csv') && !f.endsWith('-allow.csv'))
    .sort();
  const ownRows = own.map((f) => {
    const counts = countCategories(parseEntriesCsv(readFileSync(join(out, f), 'utf8')));
    return `| \`${f}\` | ${Object.entries(counts)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')} |`;
  });
  const reports = [houbb.report, kf.report, domains.report];
  const readme = `# Default lexicons

Loaded by \`loadDefaultLexicons()\` (\`src/domains/screening/lexicon/default-lexicons.ts\`): every
\`*.csv\` here is one lexicon (columns \`term,category,severity,kinds,productCategoriesOnly,
productCategoriesExcept,tags\`, optionally \`variants,pinyinVariants\` (true/false); lists
\`|\`-separated, empty \`kinds\` = every content kind), every
\`*-allow.csv\` (\`term,note\`) adds to the allow-list shared by all of them: words that contain a term
but are harmless (最近 contains 最).

## Xinren's own lists (Apache-2.0, like the project)

Written by hand for Xinren's risks, in the words Chinese live commerce, marketplaces, comment
sections and spam pages really use (同城约炮, 上分下分, 溜冰的找我, 气狗, 先垫付后返佣, 老板你别拦着我,
纯原版本 …), not copied from any list; the advertising-law lists follow
\`../shared/data/reference/ad_violation_taxonomy_245.json\` (ZH8 superlatives, ZH30 and SP1–SP3
efficacy claims of goods that are not medicines, ZH39 guaranteed returns). Conventions:

- A term is kept only if it names the risk on its own in ordinary shop text: 露点 (dew point), 四件套
  (bedding), 牛牛 (a pet name), 出冰 (an ice maker), 天花板 (a ceiling) and 快三 (in 快三天) are not
  terms; the phrases around them are (露点视频, 银行卡四件套, 玩牛牛).
- Superlatives apply to \`listing\` and \`live_segment\` only, medical claims to goods that are not
  \`药品\` or \`医疗器械\`, staged drama to \`live_segment\`; prescription drugs (可待因, 三唑仑) not to
  a \`药品\` listing.
- Counterfeit entries tagged \`needs-brand\` (复刻, 原单, 1:1, 专柜品质 …) count only when the item
  names a brand that counterfeiters copy (\`detectors/counterfeit-signals.ts\`).
- English phrases of several words (\`want to hook up\`, \`no credit check\`, \`escort service\`) are
  ordinary terms: the matcher steps over the spaces, hyphens and other separators between their
  words (\`escort  service\`, \`No-Credit-Check\`), and a space in the text is accepted only where the
  term has one (\`is exact\` is not \`sex\`). Phrases with a variable part live in the phrase detector
  (\`src/domains/screening/engine/detectors/phrase-patterns.ts\`): a number inside (快餐三百,
  首存送100%, 一个月瘦二十斤), a choice of words (\`weed, coke and molly\`), a named disease after a
  cure verb (专治颈椎病), and staged drama told in free words (\`detectors/staged-drama.ts\`).
- Words that name a risk only next to an offer of it (包夜 and 外围 beside a sexual offer, 神仙水
  beside a drug, 一模一样 beside a counterfeit, 毕业证 after 办证, 进群 and 看主页 beside a contact) are
  companion cues (\`detectors/companion-cues.ts\`), not terms.
- The matcher steps over separators inside a term, emoji and dingbats included (加.微.信, 同城约💋炮,
  加 🌟 微 🌟 信): a term is written once, without them.

| file | entries per category |
|---|---|
${ownRows.join('\n')}
| \`xinren-allow.csv\` | ${xinrenAllow.length} allow-list words |

## Derived from third-party lists

Generated by \`npx tsx src/domains/screening/lexicon/build-default-lexicons.ts\` from
\`../shared/data/lexicons/\`; do not edit these files by hand, change the rules in the script and rerun.
Each upstream licence is kept in \`LICENSES/\`. Every derived entry carries a \`source:…\` tag.

| file | upstream (repo @ commit) | licence | licence copy |
|---|---|---|---|
| \`houbb.csv\`, \`houbb-allow.csv\` | ${SOURCES.houbb.repo} @ ${SOURCES.houbb.commit} | ${SOURCES.houbb.licence} | \`LICENSES/houbb-LICENSE.txt\` |
| \`konsheng-fwwdn.csv\`, \`konsheng-fwwdn-domains.csv\` | ${SOURCES.konsheng.repo} @ ${SOURCES.konsheng.commit} | ${SOURCES.konsheng.licence} | \`LICENSES/konsheng-LICENSE.txt\` |
| (same files) | ${SOURCES.fwwdn.repo} @ ${SOURCES.fwwdn.commit} | ${SOURCES.fwwdn.licence} | \`LICENSES/fwwdn-LICENSE.txt\` |

The upstream files were modified (filtered, re-categorised, merged, re-formatted) as described
below. houbb's political entries (code 0) were removed before the data reached this project;
political speech is out of Xinren's scope.

### Curation rules (in order; the code is the reference)

1. Normalise: NFKC (full-width → half-width), trim, drop trailing commas, lower-case ASCII; a
   konsheng/fwwdn line that pairs words (\`出售炸药 电话\`, \`进口气枪,气枪子弹\`) gives one term each.
2. Drop single characters, and ASCII-only terms under 4 characters (qq, sm, 3p, av, tnt).
3. Keep a two-character term only when it holds a character that is unambiguous for its category
   (淫, 赌, 枪 …) or is on a short keep-list (大麻, 口交 …): 冰粉 is a dessert, 插入 means insert,
   证书 is a certificate, and X逼 fires inside 颜色逼真. Two-character terms get one severity step less.
4. Drop ordinary shop words (网络, 客服, 淘宝, 代购, 包邮, 正品, 情趣, 彩票 …), dual-use chemicals and
   medicines sold legitimately (硫酸, 硝酸甘油, 吗啡 …), out-of-scope political names, and every
   allow-list word.
5. The upstream ad lists are generic advertising vocabulary: only a fixed list of terms that name
   sexual services, illegal services or gambling is kept from them.
6. Categories: houbb code 1 → drugs, 2 → sexual, 3 → gambling, 4 → fraud (illegal services); a code
   1 or 4 term naming a weapon, explosive or controlled knife → weapons. konsheng/fwwdn 色情 → sexual,
   涉枪涉爆 → weapons. A fixed table then corrects upstream mistakes (摇头丸 and 裸盖菇 → drugs,
   代孕妈妈 → fraud, 蝴蝶刀 and 开山刀 → weapons) and drops entries that name no risk on their own
   (qq群, 婚外情, 身份证, truncated fragments such as 成人电 that fire inside 成人电动牙刷).
   Severity: drugs and weapons 5, sexual, gambling and fraud 4, domains 3.
7. Drop a term that contains a kept term of the same category and no lower severity: a substring
   matcher finds it already (qq出售气枪铅弹 contains 气枪).
8. Illicit domains of both projects are merged, syntax-checked, stripped of well-known legitimate
   domains, and shipped as \`spam_seo\` entries tagged \`domain\`, for the URL/contact detector rather
   than for free-text matching.

### Result of the last build

${reportTable(reports)}

Entries per category in the derived files: houbb ${JSON.stringify(countCategories(houbb.entries))};
konsheng-fwwdn ${JSON.stringify(countCategories(kf.entries))}; domains ${domains.entries.length}.

Upstream file fingerprints (sha256, first 16 hex): ${[
    'houbb/sensitive_word_tags.txt',
    'houbb/sensitive_word_allow.txt',
    'konsheng/色情类型.txt',
    'konsheng/色情词库.txt',
    'konsheng/涉枪涉爆.txt',
    'konsheng/广告类型.txt',
    'konsheng/非法网址.txt',
    'fwwdn/色情类.txt',
    'fwwdn/涉枪涉爆违法信息关键词.txt',
    'fwwdn/广告.txt',
    'fwwdn/网址.txt',
  ]
    .map((f) => `\`${f}\` ${sha(join(src, f))}`)
    .join(', ')}.
`;
  writeFileSync(join(out, 'README.md'), readme);
  return reports;
}

if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) {
  const src = resolve(process.argv[2] ?? join(REPO_ROOT, '../shared/data/lexicons'));
  const out = resolve(process.argv[3] ?? join(REPO_ROOT, 'data/lexicons'));
  for (const r of build(src, out)) console.log(JSON.stringify(r));
}
