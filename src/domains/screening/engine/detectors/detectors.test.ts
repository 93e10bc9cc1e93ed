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

  it('matches English phrases with a variable part as words, and superlatives only where they apply', () => {
    expect(phrases('Selling weed, coke and molly')[0]?.text).toBe('weed, coke and molly');
    expect(phrases('dm me on telegram')[0]?.category).toBe('diversion');
    expect(phrases("the world's best serum", 'listing')[0]?.category).toBe('ad_superlative');
    expect(phrases("the world's best serum", 'feedback')).toEqual([]);
    expect(phrases('a spongecake, not coke')).toEqual([]);
    // Fixed phrases of several words are lexicon terms now, not patterns.
    expect(phrases('Instant loans, no credit check')).toEqual([]);
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

describe('phrase families of the second tuning pass', () => {
  it('reads a price list of sexual services in either order', () => {
    expect(phrases('包夜八百，快餐三百').map((p) => p.text)).toEqual(['包夜八百，快餐三百']);
    expect(phrases('楼凤信息，包夜八百').map((p) => p.text)).toEqual(['包夜八百']);
    expect(phrases('东莞外围，过夜一千二')[0]?.text).toBe('过夜一千二');
    expect(phrases('小姐姐们，快餐三十块一份')).toEqual([]);
  });

  it('finds a drug street name offered in private, not an iced drink', () => {
    expect(phrases('需要冰的私我，同城闪送')[0]).toMatchObject({ category: 'drugs', text: '需要冰的私我' });
    expect(phrases('有叶子的找我')[0]?.category).toBe('drugs');
    expect(phrases('要冰的还是常温的？冰的加两块')).toEqual([]);
  });

  it('finds "add" and a messenger in their loose forms, not 参加 or 更加Q弹', () => {
    expect(phrases('这里贵，加个微信我便宜卖你')[0]).toMatchObject({ category: 'diversion', text: '加个微信' });
    expect(phrases('需要的加下vx详聊')[0]?.text).toBe('加下vx');
    expect(phrases('参加个微信抽奖')).toEqual([]);
    expect(phrases('口感更加Q弹', 'listing')).toEqual([]);
    expect(phrases('加个vip会员更划算')).toEqual([]);
    expect(phrases('加个微信', 'feedback')).toEqual([]);
  });

  it('finds a named disease cured by goods that are not medicines', () => {
    expect(phrases('艾草贴 专治颈椎病', 'listing', '家居')[0]).toMatchObject({ term: 'phrase:disease-claim' });
    expect(phrases('睡了以后糖尿病都好了', 'live_segment')[0]?.text).toBe('糖尿病都好了');
    expect(phrases('黑芝麻丸 告别脱发', 'listing', '食品')[0]?.text).toBe('告别脱发');
    expect(phrases('用于治疗糖尿病', 'listing', '药品')).toEqual([]);
    expect(phrases('我爸糖尿病十年了，一直在医院治疗', 'comment')).toEqual([]);
  });

  it('finds bought followers by the price and tickets paid for before they exist', () => {
    expect(phrases('抖音涨粉，一万粉只要五十')[0]).toMatchObject({ category: 'fraud', text: '一万粉只要五十' });
    expect(phrases('1000赞10元')[0]?.text).toBe('1000赞10元');
    expect(phrases('粉丝们好，今天五点开播')).toEqual([]);
    expect(phrases('演唱会门票原价出，先付定金')[0]?.term).toBe('phrase:advance-payment-tickets');
    expect(phrases('酒店预订需先付定金吗')).toEqual([]);
  });
});

describe('more phrase families of the second tuning pass', () => {
  it('finds voyeur videos, police-grade sprays, easy money and bought followers', () => {
    expect(phrases('偷拍酒店视频合集')[0]?.term).toBe('phrase:voyeur-video');
    expect(phrases('防偷拍检测器')).toEqual([]);
    expect(phrases('防狼喷雾 警用级 高浓度', 'listing')[0]?.term).toBe('phrase:police-grade-spray');
    expect(phrases('女士防狼喷雾 便携小巧', 'listing')).toEqual([]);
    expect(phrases('宝妈在家就能做，日入500')[0]?.text).toBe('日入500');
    expect(phrases('每天100个名额，每天进货三百件')).toEqual([]);
    expect(phrases('Earn $500 a day from home')[0]?.term).toBe('phrase:easy-money');
    expect(phrases('Buy Instagram followers cheap')[0]?.category).toBe('spam_seo');
    expect(phrases('pay a small registration fee first')[0]?.term).toBe('phrase:advance-fee');
  });
});

describe('companion cues of the second tuning pass', () => {
  const cues = (text: string, present: string[]) =>
    findCompanions(foldText(text), new Set(present as never[])).map((c) => `${c.category}:${c.cue}`);

  it('reads escort, party-drug, replica and fake-document slang only beside an offer', () => {
    expect(cues('东莞外围|东莞包夜', ['sexual'])).toEqual(['sexual:外围', 'sexual:包夜']);
    expect(cues('网吧包夜 外围设备', [])).toEqual([]);
    expect(cues('神仙水、G水都有', ['drugs'])).toEqual(['drugs:神仙水', 'drugs:g水']);
    expect(cues('SK-II 神仙水', ['counterfeit'])).toEqual([]);
    expect(cues('跟专柜一模一样', ['counterfeit'])).toEqual(['counterfeit:一模一样']);
    expect(cues('和图片一模一样', [])).toEqual([]);
    expect(cues('办证中心 毕业证 户口本', ['fraud'])).toEqual(['fraud:毕业证', 'fraud:户口本']);
  });
});

describe('staged drama of the second tuning pass', () => {
  it('hears the host punished for the price and a sick relative in hospital, not a doctor father', () => {
    expect(staged('这个价格老板知道了会打死我')[0]).toMatchObject({ term: 'staged:boss-quarrel' });
    expect(staged('卖不完要被扣工资')[0]).toMatchObject({ term: 'staged:boss-quarrel' });
    expect(staged('我妈在医院等着交钱，家人们帮帮忙')[0]).toMatchObject({ term: 'staged:sob-story' });
    expect(staged('我爸在医院工作，所以我很懂这些')).toEqual([]);
  });

  it('counts "back to full price once sold out" as pressure only with a countdown or other drama', () => {
    expect(staged('只剩最后三单了，抢完恢复原价').map((c) => c.term)).toEqual(['staged:pressure']);
    expect(staged('抢完恢复原价')).toEqual([]);
    expect(staged('活动最后一天，明天恢复原价，需要的抓紧')).toEqual([]);
  });
});

describe('third batch of families', () => {
  it('finds betting tips, packaged drugs and another platform, not a drip-coffee bag or a purchase story', () => {
    expect(phrases('跟着我买稳赚，已经连红十场').map((p) => p.term)).toContain('phrase:betting-tips');
    expect(phrases('有需要咖啡包的吗，喝了很嗨')[0]?.term).toBe('phrase:packaged-drug');
    expect(phrases('挂耳咖啡包 提神 喝了很兴奋')).toEqual([]);
    expect(phrases('这边贵，到我闲鱼上买便宜一半')[0]?.term).toBe('phrase:other-platform');
    expect(phrases('我在淘宝上买过')).toEqual([]);
    expect(phrases('直播间刷礼物抽奖，中奖可以兑换现金', 'live_segment')[0]?.term).toBe('phrase:cash-out-game');
    expect(phrases('积分可以兑换现金券')).toEqual([]);
  });

  it('flags a lipstick far under its floor, not a sample or an accessory', () => {
    const under = (text: string) => findUnderFloor(foldText(text), undefined, DEFAULT_BRAND_FLOORS)?.price;
    expect(under('迪奥口红 999 正品 只要39元')).toBe(39);
    expect(under('迪奥口红 小样 1.5g 39元')).toBeUndefined();
    expect(under('AirPods 保护套 硅胶 19元')).toBeUndefined();
  });
});

describe('families of the third tuning pass', () => {
  const terms = (text: string, kind: Parameters<typeof findPhrases>[1] = 'comment', category?: string) =>
    phrases(text, kind, category).map((p) => p.term);

  it('finds offers told in free words: aphrodisiacs, undressing for gifts, spelled-out words', () => {
    expect(terms('迷情喷雾 喷一点女神就投怀送抱', 'listing')).toContain('phrase:aphrodisiac-effect');
    expect(terms('防晒喷雾 喷一下清爽不油腻', 'listing')).toEqual([]);
    expect(terms('大哥再送个火箭，我就把外套脱掉', 'live_segment')).toContain('phrase:undress-for-gifts');
    expect(terms('谢谢大哥送的火箭，外套颜色是咖色', 'live_segment')).toEqual([]);
    expect(terms('p.o.r.n 资源')).toContain('phrase:spelled-out');
    expect(terms('尺码 S M L XL')).toEqual([]);
  });

  it('finds betting payouts, sure wins and money deposit bonuses, not a game top-up', () => {
    expect(terms('猜对了的直接三倍返', 'live_segment')).toContain('phrase:betting-payout');
    expect(terms('天天稳赢三百')).toContain('phrase:sure-win');
    expect(terms('首存送88，秒出款')).toContain('phrase:deposit-bonus');
    expect(terms('新区开服 首充送648钻石')).toEqual([]);
  });

  it('finds drug slang pairs offered locally, not a milk tea order', () => {
    expect(terms('本地有冰有糖 私我')).toContain('phrase:drug-slang-pair');
    expect(terms('奶茶可以选少糖去冰，有糖有冰都行')).toEqual([]);
  });

  it('finds weapon power, pellet calibres, task-scam pay, stock tips and phishing fees', () => {
    expect(terms('这把弓能射穿钢板', 'listing')).toContain('phrase:weapon-power');
    expect(terms('铅弹 5.5mm 两千发')).toContain('phrase:pellet-calibre');
    expect(terms('轴承钢珠 5.5mm 100粒', 'listing')).toEqual([]);
    expect(terms('狗粮 成犬 10kg', 'listing')).toEqual([]);
    expect(terms('宝妈兼职 评论一条五元 日结')).toContain('phrase:task-scam-pay');
    expect(terms('跟着老师买，下周涨停')).toContain('phrase:stock-tip-scam');
    expect(terms('请补缴3元派送费', 'web_page')).toContain('phrase:phishing-fee');
    expect(terms('您的快递由于地址不详无法派送', 'web_page')).toContain('phrase:phishing-pretext');
  });

  it('finds messengers named by a nickname, same-factory copies and cures of skin diseases', () => {
    expect(terms('直播间不方便，小企鹅搜我名字', 'live_segment')).toContain('phrase:messenger-nickname');
    expect(terms('绿色软件 免安装 U盘版', 'listing')).toEqual([]);
    expect(terms('和专柜同一条生产线出来的', 'live_segment')).toContain('phrase:same-factory');
    expect(terms('专治脚气 修复皮炎', 'listing', '美妆')).toContain('phrase:disease-claim');
    expect(terms('magnetic insoles heal back pain', 'listing', '鞋靴')).toContain('phrase:cure-claim');
  });

  it('finds English casino cash flows, drug slang lists and messenger handles', () => {
    expect(phrases('VIP rebate 1.5% weekly, deposit via USDT', 'web_page').map((p) => p.category)).toEqual([
      'gambling',
      'gambling',
    ]);
    expect(phrases('xannies, addys and carts').map((p) => p.category)).toEqual(['drugs']);
    expect(phrases('hmu on signal').map((p) => p.category)).toEqual(['diversion']);
  });

  it('hears staged bans, quits, quarrels by length and the last units beside drama', () => {
    expect(staged('官方马上要封我们直播间了').map((c) => c.term)).toContain('staged:fake-ban');
    expect(staged('厂家不答应我就辞职').map((c) => c.term)).toContain('staged:boss-quarrel');
    expect(staged('刚才跟老板吵了一上午').map((c) => c.term)).toContain('staged:boss-quarrel');
    expect(staged('这些货卖不出去我活不下去了').map((c) => c.term)).toContain('staged:sob-story');
    expect(staged('（摔手机）最后三十件了').map((c) => c.text)).toContain('最后三十件');
    expect(staged('最后五十单，抢完下播')).toEqual([]);
  });

  it('counts the new companion cues only beside a finding of their category', () => {
    expect(findCompanions(foldText('走闪送不留记录'), new Set(['drugs'])).map((c) => c.cue)).toEqual([
      '走闪送',
      '不留记录',
    ]);
    expect(findCompanions(foldText('走闪送不留记录'), new Set(['fraud']))).toEqual([]);
    expect(findCompanions(foldText('点头像看主页'), new Set(['diversion'])).map((c) => c.cue)).toEqual(['看主页']);
  });
});
