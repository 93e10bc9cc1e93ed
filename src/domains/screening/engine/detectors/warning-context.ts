// News, warnings and complaints name the very things they warn about: 警惕刷单诈骗, 远离毒品,
// 高仿的千万别买, 公安部严厉打击网络赌博. A word-list finding in such a sentence is not an offer, so it
// is dropped when the sentence (or, for a page, its title) carries a warning or news cue. Only
// word-list findings are dropped: a phone number, a messenger id or a link in a "warning" still
// counts, so a seller cannot hide an offer behind 小心骗子.

/** Cues of news, warnings, complaints and official notices (folded: Simplified, lower case). */
export const WARNING_CUES: readonly string[] = [
  '小心',
  '谨防',
  '警惕',
  '提醒',
  '警方',
  '公安',
  '民警',
  '海关',
  '执法',
  '打击',
  '查获',
  '破获',
  '捣毁',
  '抓获',
  '被抓',
  '判刑',
  '案件',
  '涉案',
  '犯罪',
  '禁毒',
  '远离',
  '别买',
  '千万别',
  '不要相信',
  '别相信',
  '别信',
  '请勿',
  '切勿',
  '勿私下',
  '骗子',
  '骗局',
  '诈骗',
  '不能代替',
  '危害',
  '新闻',
  '通报',
  '曝光',
  '举报',
  '反诈',
  '防骗',
  '被骗',
  '上当',
  '消费提示',
  '严禁',
  '违法的',
  '坐牢',
  '骗人的',
  '科普',
  '遵医嘱',
  '不能替代',
  '辟谣',
  '查处',
  '罚款',
  '处罚',
  '立案',
  '取缔',
  '整治',
  '监管部门',
  '如何辨别',
  '怎么辨别',
  '辨别真假',
  '防范',
  'scam',
  'beware',
  'warning',
  'how to spot',
  'how to tell',
  'police',
  'arrested',
  'seized',
  'crackdown',
  'fraud alert',
  'watch out',
  "don't buy",
  'do not buy',
  'stay away',
];

/** Sentence ends: a cue speaks for its own sentence only. */
const SENTENCE_END = new Uint8Array(65_536);
for (const c of '。！？!?\n<>') SENTENCE_END[c.charCodeAt(0)] = 1;

/** [start, end) of the sentence of folded around position at. */
export function sentenceAround(folded: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && SENTENCE_END[folded.charCodeAt(s - 1)] === 0) s--;
  let e = at;
  while (e < folded.length && SENTENCE_END[folded.charCodeAt(e)] === 0) e++;
  return [s, e];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The cues as one alternation: one scan of the sentence instead of one substring search per cue. */
const ANY_WARNING_CUE = new RegExp(WARNING_CUES.map(escapeRe).join('|'), 'u');

export function hasWarningCue(folded: string, start = 0, end = folded.length): boolean {
  const part = start === 0 && end === folded.length ? folded : folded.slice(start, end);
  return ANY_WARNING_CUE.test(part);
}

/**
 * A buyer's doubt about the genuineness of goods (A货还是正品？, 怕买到假的): a counterfeit word in
 * such a sentence of a comment or feedback asks, it does not offer. Sellers ask too (要高仿的吗？), so
 * the cues name the doubt, not the question mark.
 */
export const DOUBT_CUES: readonly string[] = [
  '还是正品',
  '是正品吗',
  '是不是正品',
  '是否正品',
  '是不是假',
  '是假的吗',
  '买到假',
  '怕是假',
  '会不会是假',
  '担心是',
  'is it real',
  'is this real',
  'is it fake',
  'is this fake',
];

export function hasDoubtCue(folded: string, start: number, end: number): boolean {
  const part = folded.slice(start, end);
  for (const cue of DOUBT_CUES) if (part.includes(cue)) return true;
  return false;
}
