import { describe, expect, it } from 'vitest';
import { findCompanions } from './companion-cues.js';
import { DEFAULT_BRAND_FLOORS, findUnderFloor, namesBrand } from './counterfeit-signals.js';
import { approvedFunctionSpans, elderlyTargeting, isHealthFood } from './efficacy.js';
import { foldText } from './fold.js';
import { findPhrases, type PhraseMatch } from './phrase-patterns.js';
import { findRepeatedPhrase } from './repeated-phrase.js';
import { findStagedDrama } from './staged-drama.js';
import { hasWarningCue, sentenceAround } from './warning-context.js';

const phrases = (text: string, kind: Parameters<typeof findPhrases>[1] = 'comment', category?: string) => {
  const out: PhraseMatch[] = [];
  const folded = foldText(text);
  findPhrases(folded, kind, category, (m) => out.push(m));
  return out.map((m) => ({ term: m.pattern.term, category: m.pattern.category, text: text.slice(m.start, m.end) }));
};

const staged = (text: string, recent: string[] = [], lexical = 0) =>
  findStagedDrama(foldText(text), recent.map(foldText), lexical).map((c) => ({
    term: c.term,
    severity: c.severity,
    text: text.slice(c.start, c.end),
  }));

describe('foldText', () => {
  it('folds Traditional, full width and case unit for unit', () => {
    const text = '老闆ＡＢ賭場Xy１';
    const folded = foldText(text);
    expect(folded).toBe('老板ab赌场xy1');
    expect(folded.length).toBe(text.length);
    expect(foldText('纯简体文本')).toBe('纯简体文本');
  });
});

describe('phrase patterns', () => {
  it('finds sexual price lists, casino bonuses and cash-out games with numbers inside', () => {
    expect(phrases('约吗？上门服务，快餐三百，过夜八百')).toContainEqual({
      term: 'phrase:sex-service-price',
      category: 'sexual',
      text: '快餐三百，过夜八百',
    });
    expect(phrases('快餐三百，过夜八百').map((p) => p.text)).toEqual(['快餐三百，过夜八百']);
    expect(phrases('首存送100%，开户就送彩金').map((p) => p.category)).toEqual(['gambling', 'gambling']);
    expect(phrases('捕鱼游戏可以兑换现金')[0]?.category).toBe('gambling');
    expect(phrases('麦当劳快餐店，汉堡套餐')).toEqual([]);
  });

  it('finds cure results and weight-loss promises, not for medicines', () => {
    expect(phrases('喝了三个月，血糖恢复正常', 'listing', '食品')[0]?.term).toBe('phrase:cure-result');
    expect(phrases('酵素 一个月瘦二十斤', 'listing', '食品')[0]?.text).toBe('一个月瘦二十斤');
    expect(phrases('血糖恢复正常', 'listing', '药品')).toEqual([]);
    expect(phrases('血糖恢复正常', 'comment')).toEqual([]);
  });

  it('matches English phrases as words, and superlatives only where they apply', () => {
    expect(phrases('Hot singles want to hook up tonight')[0]?.category).toBe('sexual');
    expect(phrases('Selling weed, coke and molly')[0]?.text).toBe('weed, coke and molly');
    expect(phrases('Instant loans, no credit check')[0]?.category).toBe('fraud');
    expect(phrases('the absolute best serum', 'listing')[0]?.category).toBe('ad_superlative');
    expect(phrases('the absolute best serum', 'feedback')).toEqual([]);
    expect(phrases('a spongecake, not coke')).toEqual([]);
  });
});

describe('staged drama over a window', () => {
  it('finds quarrels, sob stories, closures and staged violence', () => {
    expect(staged('老板你别拦着我，今天必须给家人们这个价')[0]).toMatchObject({ term: 'staged:boss-quarrel' });
    expect(staged('我妈还在医院躺着等手术费')[0]).toMatchObject({ term: 'staged:sob-story', severity: 4 });
    expect(staged('明天工厂就要倒闭了')[0]).toMatchObject({ term: 'staged:fake-closure' });
    expect(staged('（摔杯子）你再说一句试试')[0]).toMatchObject({ term: 'staged:violence', severity: 5 });
    expect(staged('老闆不同意我也要賣')[0]?.text).toBe('老闆不同意');
  });

  it('reports last-day pressure only next to other drama in the window', () => {
    const honest = '今天是双十一活动的最后一天，零点结束，需要的家人们可以看看';
    expect(staged(honest)).toEqual([]);
    expect(staged(honest, ['老板刚才骂我卖太便宜了']).map((c) => c.term)).toEqual(['staged:pressure']);
    expect(staged(honest, ['这款是新疆的长绒棉，大家看看质感'])).toEqual([]);
    expect(staged(honest, [], 1).map((c) => c.term)).toEqual(['staged:pressure']);
  });

  it('reports mild scarcity talk at severity 1 and leaves calm selling alone', () => {
    expect(staged('喜欢的赶紧拍，错过今天再等一年哦')).toEqual([
      { term: 'staged:mild-pressure', severity: 1, text: '错过今天再等一年' },
    ]);
    expect(staged('我们老板今天也在直播间，跟大家打个招呼')).toEqual([]);
    expect(staged('今天嗓子有点哑，说话慢一点大家见谅')).toEqual([]);
  });
});

describe('warning context', () => {
  it('sees warning and news cues in the sentence only', () => {
    const text = foldText('小心骗子，让你加微信的都是骗子。加微信 abc123 领福利');
    const first = sentenceAround(text, text.indexOf('加微信'));
    expect(hasWarningCue(text, first[0], first[1])).toBe(true);
    const second = sentenceAround(text, text.lastIndexOf('加微信'));
    expect(hasWarningCue(text, second[0], second[1])).toBe(false);
  });
});

describe('counterfeit signals', () => {
  it('needs a brand counterfeiters copy, in the text or the context', () => {
    expect(namesBrand(foldText('劳力士 水鬼 复刻'), undefined, foldText)).toBe(true);
    expect(namesBrand(foldText('复刻 宋代茶盏'), { brand: 'Rolex' }, foldText)).toBe(true);
    expect(namesBrand(foldText('故宫文创 复刻 宋代茶盏'), { brand: '故宫文创' }, foldText)).toBe(false);
    expect(namesBrand(foldText('LVL 防水等级'), undefined, foldText)).toBe(false);
  });

  it('flags a brand product far under its floor price, not a fair price', () => {
    const cheap = findUnderFloor(foldText('SK-II 神仙水 230ml 正品 99元'), undefined, DEFAULT_BRAND_FLOORS);
    expect(cheap).toMatchObject({ price: 99 });
    expect(findUnderFloor(foldText('SK-II 神仙水 230ml 1540元'), undefined, DEFAULT_BRAND_FLOORS)).toBeUndefined();
    expect(findUnderFloor(foldText('茅台 飞天 53度'), { price: { amount: 299 } }, DEFAULT_BRAND_FLOORS)).toBeDefined();
    expect(findUnderFloor(foldText('SK-II 洁面乳 99元'), undefined, DEFAULT_BRAND_FLOORS)).toBeUndefined();
    const custom = [{ brand: ['某牌'], floor: 1000 }];
    expect(findUnderFloor(foldText('某牌 手表 ¥100'), undefined, custom)).toMatchObject({ floor: 1000 });
  });
});

describe('efficacy × product category', () => {
  it('knows health food by category or registration marks, and its registered functions', () => {
    expect(isHealthFood('蓝帽子 增强免疫力', undefined)).toBe(true);
    expect(isHealthFood('蓝帽子 增强免疫力', '食品')).toBe(false);
    expect(isHealthFood('灵芝茶', undefined)).toBe(false);
    const text = '辅助降血脂 国食健注G2019';
    expect(approvedFunctionSpans(text)).toEqual([[0, 5]]);
  });

  it('finds phrases that target the elderly', () => {
    const text = '降压茶 根治高血压 长辈必备';
    expect(elderlyTargeting(text).map(([s, e]) => text.slice(s, e))).toEqual(['长辈必备']);
    expect(elderlyTargeting('老年人专用手机')).toEqual([]);
  });
});

describe('companion cues and repeated phrases', () => {
  it('reports a companion only next to a finding of its category', () => {
    const text = '大麻叶子 隐蔽包装';
    expect(findCompanions(text, new Set(['drugs'])).map((c) => c.cue)).toEqual(['隐蔽包装']);
    expect(findCompanions(text, new Set(['sexual']))).toEqual([]);
  });

  it('finds a phrase pasted three times, the first copy glued to other text', () => {
    const text = '【福利】点我头像领取免费皮肤，领取免费皮肤，领取免费皮肤';
    const span = findRepeatedPhrase(text);
    expect(span && text.slice(span[0], span[1])).toBe('领取免费皮肤，领取免费皮肤，领取免费皮肤');
    expect(findRepeatedPhrase('质量很好，物流很快，质量很好')).toBeUndefined();
  });
});

describe('patterns stay quiet on ordinary talk', () => {
  it('leaves dosage, meal and internet-café prices and a follow request alone', () => {
    expect(phrases('每日一次两粒，饭后服用')).toEqual([]);
    expect(phrases('楼下快餐十五块一份')).toEqual([]);
    expect(phrases('网吧包夜十块')).toEqual([]);
    expect(staged('三号链接要关注一下，点点关注不迷路')).toEqual([]);
    expect(staged('明天这个直播间就要被封了')[0]).toMatchObject({ term: 'staged:fake-ban' });
  });
});

describe('a single service price', () => {
  it('counts after a solicitation only', () => {
    expect(phrases('附近约吗？我在万达附近，快餐两百')[0]?.text).toBe('快餐两百');
    expect(phrases('公司附近的快餐十五块一份')).toEqual([]);
  });
});

describe('clauses of folded text', () => {
  it('do not run across a full-width comma, which folds to an ASCII one', () => {
    expect(staged('老板，今天天气不错，骂人可不好')).toEqual([]);
    expect(staged('运营把价格标错了，老板要扣我工资')[0]).toMatchObject({ term: 'staged:boss-quarrel' });
  });
});

describe('fresh wording', () => {
  it('finds advance-fee jobs, stop-medication talk and English rank claims', () => {
    expect(phrases('招聘兼职，在家就能做，日结三百，先交199会费')[0]?.term).toBe('phrase:advance-fee-job');
    expect(phrases('租车需要先交押金，还车后退还')).toEqual([]);
    expect(phrases('这个鱼油吃了就不用吃降压药了', 'live_segment')[0]?.term).toBe('phrase:stop-medication');
    expect(phrases('The best vacuum cleaner in the world, #1 rated', 'listing').map((p) => p.text)).toEqual([
      'The best vacuum cleaner in the world',
      '#1 rated',
    ]);
  });
});
