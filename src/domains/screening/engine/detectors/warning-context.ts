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
  'scam',
  'beware',
  'warning',
];

/** Sentence ends: a cue speaks for its own sentence only. */
const SENTENCE_END = /[。！？!?\n<>]/u;

/** [start, end) of the sentence of folded around position at. */
export function sentenceAround(folded: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(folded[s - 1])) s--;
  let e = at;
  while (e < folded.length && !SENTENCE_END.test(folded[e])) e++;
  return [s, e];
}

export function hasWarningCue(folded: string, start = 0, end = folded.length): boolean {
  const part = start === 0 && end === folded.length ? folded : folded.slice(start, end);
  for (const cue of WARNING_CUES) if (part.includes(cue)) return true;
  return false;
}
