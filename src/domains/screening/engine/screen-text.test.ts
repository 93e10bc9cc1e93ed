import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../lexicon/lexicon-entry.js';
import { defaultScreeningEngine } from './default-engine.js';
import {
  createScreeningEngine,
  defaultOutcome,
  findMobileNumbers,
  type ScreenFinding,
  type ScreenInput,
  type ScreeningEngine,
  saturatingScore,
} from './screen-text.js';

let engine: ScreeningEngine;
beforeAll(async () => {
  engine = await defaultScreeningEngine();
}, 60_000);

const categories = (fs: readonly ScreenFinding[]) => [...new Set(fs.map((f) => f.category))].sort();

/** Every finding points at the exact original text. */
function screen(input: ScreenInput) {
  const result = engine.screen(input);
  for (const f of result.findings) expect(input.text.slice(f.start, f.end)).toBe(f.text);
  return result;
}

describe('screen() with the default lexicons', () => {
  it.each([
    ['sexual', 'comment', '寂寞吗？裸聊一对一，私信看照片', undefined],
    ['gambling', 'comment', '线上赌场，百家乐开户就送彩金', undefined],
    ['drugs', 'comment', '出售冰毒，货到付款，隐蔽发货', undefined],
    ['weapons', 'listing', '出售气枪铅弹，秃鹰配件齐全', '户外'],
    ['fraud', 'comment', '代开发票，增值税专票，点数低', undefined],
    ['diversion', 'comment', '价格私聊，有需要的加微信', undefined],
    ['ad_superlative', 'listing', '全网最低价，销量第一，国家级品质', '家居'],
    ['medical_claim', 'listing', '祖传配方，每天一杯降血压，根治失眠', '食品'],
    ['staged_drama', 'live_segment', '老板不让卖，今天是最后一天了，家人们抓紧', undefined],
    ['counterfeit', 'listing', 'LV 老花包 高仿 1:1 原单品质', '箱包'],
    [
      'spam_seo',
      'web_page',
      '<html><head><title>青岛装修,青岛装修公司,青岛装修报价,青岛装修设计,青岛装修效果图</title></head></html>',
      undefined,
    ],
  ] as const)('%s in a %s: %s', (expected, kind, text, category) => {
    const result = screen({ kind, text, context: category ? { category } : undefined });
    expect(categories(result.findings)).toContain(expected);
  });

  it('flags a was-price above the 7-day low, not one equal to it', () => {
    const context = { wasPrice: { amount: 599 }, priceHistory: [{ date: '2026-11-03', amount: 309 }] };
    const bad = screen({ kind: 'listing', text: '双十一 原价599 现价299', context });
    expect(bad.findings).toEqual([expect.objectContaining({ category: 'price_fraud', text: '原价599' })]);
    const honest = screen({
      kind: 'listing',
      text: '双十一 原价 329 到手 269',
      context: { wasPrice: { amount: 329 }, priceHistory: [{ date: '2026-11-03', amount: 329 }] },
    });
    expect(honest.findings).toEqual([]);
  });

  it('leaves hard negatives alone: allow-list words and a pharmacy stating its indication', () => {
    const ordinary = screen({
      kind: 'listing',
      text: '美的微波炉，最近第一次降价，支持信用卡分期',
      context: { category: '家电' },
    });
    expect(ordinary).toEqual({ outcome: 'allow', score: 0, findings: [] });
    const pharmacy = screen({
      kind: 'listing',
      text: '硝苯地平缓释片 国药准字 用于治疗高血压，降血压效果明确，请遵医嘱',
      context: { category: '药品' },
    });
    expect(categories(pharmacy.findings)).not.toContain('medical_claim');
  });

  it('does not flag superlatives in comments, only in listings and live selling', () => {
    const text = '这是我买过最好的锅，销量第一名不是吹的';
    expect(categories(screen({ kind: 'comment', text }).findings)).not.toContain('ad_superlative');
    expect(categories(screen({ kind: 'feedback', text }).findings)).not.toContain('ad_superlative');
    expect(categories(screen({ kind: 'listing', text }).findings)).toContain('ad_superlative');
  });

  it('finds Traditional script written with separators, at its exact original offsets', () => {
    const text = '有需要的請加.微.信，聯繫我';
    const result = screen({ kind: 'comment', text });
    const f = result.findings.find((x) => x.term === '加微信');
    expect(f).toMatchObject({ category: 'diversion', section: 'text', line: 1, text: '加.微.信' });
    expect(f?.start).toBe(text.indexOf('加'));
    expect(f?.end).toBe(text.indexOf('信') + 1);
  });

  it('reports a web_page finding in the title with offsets into the HTML', () => {
    const html =
      '<!doctype html>\n<html><head><title>澳門賭場 線上開戶</title></head>\n<body><p>天气预报</p></body></html>';
    const result = screen({ kind: 'web_page', text: html });
    const f = result.findings.find((x) => x.category === 'gambling');
    expect(f).toMatchObject({ section: 'title', line: 2, text: '賭場' });
    expect(f?.start).toBe(html.indexOf('賭場'));
  });

  it('raises medical claims aimed at the elderly by one step', () => {
    const plain = screen({ kind: 'listing', text: '这款茶降血压', context: { category: '食品' } });
    const elderly = screen({ kind: 'listing', text: '叔叔阿姨看过来，这款茶降血压', context: { category: '食品' } });
    const sev = (r: typeof plain) => r.findings.find((f) => f.category === 'medical_claim')?.severity ?? 0;
    expect(sev(plain)).toBeGreaterThan(0);
    expect(sev(elderly)).toBe(Math.min(5, sev(plain) + 1));
  });

  it('finds mainland mobile numbers, not digits inside longer runs or model numbers', () => {
    const text = '电话13812345678，订单号 2026111013812345678，型号 SN13912345678A，或 +86 186 0000 1234';
    const result = screen({ kind: 'comment', text });
    expect(result.findings.filter((f) => f.term === 'contact:mobile').map((f) => f.text)).toEqual([
      '13812345678',
      '+86 186 0000 1234',
    ]);
  });
});

describe('detectors beyond words', () => {
  it('finds messenger ids after their name and URLs in running text', () => {
    const text = '加我薇信 hh0923，或扣扣：2 8 7 6 5 4 3 2 1，店铺 www.xrshop88.cn 更便宜';
    const found = screen({ kind: 'feedback', text }).findings.filter((f) => f.category === 'diversion');
    expect(found.map((f) => f.text)).toEqual(expect.arrayContaining(['www.xrshop88.cn']));
    expect(found.some((f) => f.text.includes('hh0923'))).toBe(true);
    expect(found.some((f) => f.text.includes('2 8 7 6 5 4 3 2 1'))).toBe(true);
  });

  it('leaves links in markup attributes and ordinary English alone', () => {
    const html =
      '<html><body><a href="http://x1.cc">友情</a><p>We use WeChat Pay and ship worldwide.</p></body></html>';
    expect(screen({ kind: 'web_page', text: html }).findings).toEqual([]);
  });

  it('flags repeated keywords, keyword lists in a page title and hidden text', () => {
    const repeated = screen({ kind: 'comment', text: '好物推荐 好物推荐 好物推荐 好物推荐' });
    expect(repeated.findings).toEqual([expect.objectContaining({ category: 'spam_seo', line: 1 })]);
    const html =
      '<html><head><title>某某县人民医院</title></head><body><p style="font-size:0">AG真人 BBIN 沙巴体育 皇冠体育 开云体育</p></body></html>';
    const hidden = screen({ kind: 'web_page', text: html }).findings.find((f) => f.term === 'stuffing:hidden-text');
    // The tag and the keywords it hides.
    expect(hidden).toMatchObject({
      text: '<p style="font-size:0">AG真人 BBIN 沙巴体育 皇冠体育 开云体育',
      section: 'body',
    });
    const prose = screen({ kind: 'comment', text: '这件衣服很好看，质量也不错，物流很快，客服态度好，下次还来' });
    expect(prose.findings).toEqual([]);
  });
});

describe('context rules and detectors of the quality pass', () => {
  const cats = (input: ScreenInput) => categories(screen(input).findings);

  it('drops word-list findings in warnings and news, not the contacts in them', () => {
    expect(screen({ kind: 'comment', text: '小心骗子，让你加微信私下交易的都是骗子' }).findings).toEqual([]);
    const page =
      '<html><head><title>国际禁毒日：远离毒品</title></head><body><p>冰毒、海洛因严重危害健康。</p></body></html>';
    expect(screen({ kind: 'web_page', text: page }).findings).toEqual([]);
    const bait = screen({ kind: 'comment', text: '小心骗子，有事加微信 wx_8866123 找我' }).findings;
    expect(bait.some((f) => f.term === 'contact:id')).toBe(true);
    expect(cats({ kind: 'comment', text: '出售冰毒，同城送货' })).toContain('drugs');
  });

  it('lets a health food state a registered function, not an ordinary food', () => {
    const text = '这款是蓝帽子产品，功能是增强免疫力';
    expect(cats({ kind: 'live_segment', text })).not.toContain('medical_claim');
    expect(cats({ kind: 'listing', text, context: { category: '食品' } })).toContain('medical_claim');
    expect(cats({ kind: 'listing', text: '辅助降血脂 蓝帽子', context: { category: '保健食品' } })).toEqual([]);
    expect(cats({ kind: 'listing', text: '灵芝孢子粉 抗肿瘤', context: { category: '保健食品' } })).toContain(
      'medical_claim',
    );
  });

  it('reports a phrase that targets the elderly next to a claim, at severity 5', () => {
    const result = screen({ kind: 'listing', text: '降压茶，根治高血压。长辈必备', context: { category: '食品' } });
    expect(result.findings).toContainEqual(
      expect.objectContaining({ term: 'medical:elderly-targeting', text: '长辈必备', severity: 5 }),
    );
    // One run of claims joined by spaces is one finding, at the severity of its worst part.
    const run = screen({ kind: 'listing', text: '降压茶 根治高血压 长辈必备', context: { category: '食品' } });
    expect(run.findings).toEqual([
      expect.objectContaining({ category: 'medical_claim', text: '降压茶 根治高血压 长辈必备', severity: 5 }),
    ]);
    expect(screen({ kind: 'listing', text: '老花镜 长辈必备', context: { category: '眼镜' } }).findings).toEqual([]);
  });

  it('counts weak counterfeit signals only with a brand, and flags a brand far under its floor', () => {
    expect(cats({ kind: 'listing', text: '故宫文创 复刻 宋代茶盏 官方授权', context: { brand: '故宫文创' } })).toEqual(
      [],
    );
    expect(cats({ kind: 'listing', text: '劳力士 水鬼 复刻 904L' })).toContain('counterfeit');
    const floor = screen({ kind: 'listing', text: 'SK-II 神仙水 230ml 正品 99元', context: { brand: 'SK-II' } });
    expect(floor.findings).toEqual([expect.objectContaining({ term: 'counterfeit:under-brand-floor', text: '99元' })]);
    const custom = createScreeningEngine([], { brandFloors: [{ brand: ['某牌'], floor: 1000 }] });
    expect(custom.screen({ kind: 'listing', text: '某牌手表 ¥100' }).findings[0]?.category).toBe('counterfeit');
    expect(custom.screen({ kind: 'listing', text: 'SK-II 神仙水 99元' }).findings).toEqual([]);
  });

  it('counts a superlative inside a counterfeit grade or a claim as part of it', () => {
    expect(cats({ kind: 'listing', text: '香奈儿 cf 链条包 A货 顶级版本' })).toEqual(['counterfeit']);
    expect(cats({ kind: 'listing', text: '微信号出售 老号 实名' })).toEqual(['fraud']);
  });

  it('reports last-day pressure only with drama in the stream window', () => {
    const text = '今天是活动的最后一天，需要的家人们可以看看';
    expect(screen({ kind: 'live_segment', text }).findings).toEqual([]);
    const windowed = screen({ kind: 'live_segment', text, context: { recentSegments: ['老板刚才打电话骂我了'] } });
    expect(windowed.findings).toEqual([expect.objectContaining({ category: 'staged_drama', text: '最后一天' })]);
    expect(cats({ kind: 'live_segment', text: '我妈住院了，急需手术费，家人们帮帮我' })).toEqual(['staged_drama']);
  });

  it('joins a run of one category into one finding', () => {
    const text = '百家乐|老虎机|时时彩 今晚开奖';
    const found = screen({ kind: 'comment', text }).findings.filter((f) => f.category === 'gambling');
    expect(found).toEqual([expect.objectContaining({ start: 0, end: '百家乐|老虎机|时时彩'.length, severity: 4 })]);
  });

  it('flags a footer link farm to risky sites, not a footer of ordinary links', () => {
    const farm = '<html><body><footer>友情链接：<a href="/a">六合彩</a> <a href="/b">时时彩</a></footer></body></html>';
    expect(screen({ kind: 'web_page', text: farm }).findings).toContainEqual(
      expect.objectContaining({ term: 'stuffing:link-farm', section: 'footer', text: '友情链接' }),
    );
    const plain = '<html><body><footer>友情链接：<a href="/a">天气预报</a></footer></body></html>';
    expect(screen({ kind: 'web_page', text: plain }).findings).toEqual([]);
  });

  it('treats the plain meta keyword list of a page as SEO, not stuffing', () => {
    const shop =
      '<html><head><title>某某家居官网</title><meta name="keywords" content="沙发,床垫,衣柜,餐桌,茶几,电视柜"></head><body>欢迎</body></html>';
    expect(screen({ kind: 'web_page', text: shop }).findings).toEqual([]);
    const stuffed =
      '<html><head><title>小说</title><meta name="keywords" content="免费小说,小说下载,全本小说,完本小说,热门小说,言情小说"></head></html>';
    expect(cats({ kind: 'web_page', text: stuffed })).toEqual(['spam_seo']);
  });

  it('hears a real last show as calm, a staged one as pressure', () => {
    expect(screen({ kind: 'live_segment', text: '这是我们今年双十二的最后一场直播，感谢大家的支持' }).findings).toEqual(
      [],
    );
    expect(cats({ kind: 'live_segment', text: '明天直播间就要被封了，今天是最后一场' })).toEqual(['staged_drama']);
  });

  it('finds fixed English phrases of the lexicons however their words are spaced', () => {
    const found = (kind: ScreenInput['kind'], text: string) =>
      screen({ kind, text }).findings.map((f) => [f.category, f.text]);
    expect(found('comment', 'Hot singles want to  hook up tonight')).toContainEqual([
      'sexual',
      'want to  hook up tonight',
    ]);
    expect(found('comment', 'Instant loans, No-Credit-Check')).toEqual([['fraud', 'No-Credit-Check']]);
    expect(found('listing', 'The absolute best serum')).toEqual([['ad_superlative', 'The absolute best']]);
    expect(found('feedback', 'The absolute best serum')).toEqual([]);
    expect(found('comment', 'no creditcheck needed? no credit checks')).toEqual([['fraud', 'no creditcheck']]);
  });

  it('finds messenger ids behind separators, landlines and mail in listings and comments only', () => {
    const found = (kind: ScreenInput['kind'], text: string) =>
      screen({ kind, text }).findings.map((f) => [f.term, f.text]);
    expect(found('comment', '找我拿货 微❤信：lily8899')).toEqual([['contact:id', '微❤信：lily8899']]);
    expect(found('comment', '➕微 lily8899')).toEqual([['contact:id', '➕微 lily8899']]);
    expect(found('comment', 'WhatsApp +852 9123 4567')).toEqual([['contact:id', 'WhatsApp +852 9123 4567']]);
    expect(found('listing', '售后电话：０２１-６２３４５６７８')).toEqual([
      ['contact:landline', '电话：０２１-６２３４５６７８'],
    ]);
    expect(found('comment', 'contact me at lily@gmail.com')).toEqual([['contact:email', 'lily@gmail.com']]);
    // A shop's own page and a hotel's name are not contacts offered off the platform.
    expect(
      found('web_page', '<html><body><p>客服邮箱：service@brand.example。电话：021-62345678。</p></body></html>'),
    ).toEqual([]);
    expect(found('comment', 'the hotel 021 62345678 is full')).toEqual([]);
    expect(found('listing', '客服电话 400-820-8820')).toEqual([]);
    expect(found('comment', 'Product line: AB1234 series')).toEqual([]);
  });

  it('reports a weak solicitation only when nothing else names the risk', () => {
    const found = (text: string) => screen({ kind: 'comment', text }).findings.map((f) => [f.term, f.text]);
    expect(found('约吗？价格美丽')).toEqual([['phrase:solicitation', '约吗？价格美丽']]);
    expect(found('约吗？上门服务，快餐三百，过夜八百')).toEqual([['phrase:sex-service-price', '快餐三百，过夜八百']]);
    expect(found('周末羽毛球约吗？场地费AA')).toEqual([]);
  });

  it('hears a buyer doubting a product, not a seller offering a copy', () => {
    expect(screen({ kind: 'comment', text: 'A货还是正品？我怕买到假的' }).findings).toEqual([]);
    expect(screen({ kind: 'comment', text: '要A货的私我' }).findings.map((f) => f.category)).toEqual(['counterfeit']);
  });

  it('drops a phrase finding in a sentence that reports or warns, not a contact', () => {
    expect(screen({ kind: 'comment', text: '警方通报：楼凤以快餐三百，包夜八百招嫖，已被抓获' }).findings).toEqual([]);
    const warned = screen({ kind: 'comment', text: '小心骗子，加个微信 13912345678 的都是假的' });
    expect(warned.findings.map((f) => [f.term, f.text])).toEqual([['contact:id', '微信 13912345678']]);
  });

  it('files upstream terms under the right category', () => {
    expect(cats({ kind: 'comment', text: '摇头丸有货' })).toEqual(['drugs']);
    expect(cats({ kind: 'listing', text: '蝴蝶刀 开山刀' })).toEqual(['weapons']);
    expect(screen({ kind: 'comment', text: '进我的qq群聊聊穿搭' }).findings).toEqual([]);
  });
});

describe('createScreeningEngine', () => {
  const lexicon: Lexicon = {
    name: 'screen-text-test',
    version: 'screen-text-test-1',
    entries: [
      { term: '最', category: 'ad_superlative', severity: 3, kinds: ['listing', 'live_segment'] },
      { term: '包治百病', category: 'medical_claim', severity: 5, kinds: [], productCategories: { except: ['药品'] } },
      { term: '特效', category: 'medical_claim', severity: 3, kinds: [], productCategories: { only: ['保健食品'] } },
      { term: 'bad.example.com', category: 'spam_seo', severity: 3, kinds: [], tags: ['domain'] },
      { term: 'escort service', category: 'sexual', severity: 4, kinds: [] },
      { term: 'replica watch', category: 'counterfeit', severity: 4, kinds: [] },
    ],
    allow: [{ term: '最近' }],
  };
  const local = createScreeningEngine([lexicon], { contacts: false, stuffing: false, priceFraud: false });

  it('suppresses a match only where an allow-list word covers it', () => {
    const r = local.screen({ kind: 'listing', text: '最近卖得最好' });
    expect(r.findings.map((f) => f.start)).toEqual([4]);
  });

  it('applies kinds and product-category constraints', () => {
    expect(local.screen({ kind: 'comment', text: '最好' }).findings).toEqual([]);
    expect(local.screen({ kind: 'listing', text: '包治百病', context: { category: '药品' } }).findings).toEqual([]);
    expect(local.screen({ kind: 'listing', text: '包治百病', context: { category: '食品' } }).outcome).toBe('block');
    expect(local.screen({ kind: 'listing', text: '特效' }).findings).toEqual([]);
    expect(local.screen({ kind: 'listing', text: '特效', context: { category: '保健食品' } }).findings).toHaveLength(1);
  });

  it('stops a live stream on a severity-5 finding', () => {
    expect(local.screen({ kind: 'live_segment', text: '这个包治百病' }).outcome).toBe('stop_stream');
  });

  it('leaves domain entries to the URL detector', () => {
    expect(local.screen({ kind: 'comment', text: '去 bad.example.com 看看' }).findings).toEqual([]);
  });

  it('finds a lexicon term of several words however the words are spaced, at exact offsets', () => {
    const spans = (text: string) =>
      local.screen({ kind: 'comment', text }).findings.map((f) => [f.category, f.start, f.end, f.text]);
    expect(spans('24h escort service')).toEqual([['sexual', 4, 18, 'escort service']]);
    expect(spans('24h escort  service')).toEqual([['sexual', 4, 19, 'escort  service']]);
    expect(spans('Escort-Service, replica watch')).toEqual([
      ['sexual', 0, 14, 'Escort-Service'],
      ['counterfeit', 16, 29, 'replica watch'],
    ]);
    expect(spans('escorts ervice and a replica watchband')).toEqual([]);
  });

  it('rejects an unknown kind', () => {
    expect(() => local.screen({ kind: 'tweet' as never, text: 'x' })).toThrow(RangeError);
  });
});

describe('default policy', () => {
  it('maps the highest severity to an outcome', () => {
    expect(defaultOutcome('listing', 0)).toBe('allow');
    expect(defaultOutcome('listing', 2)).toBe('allow');
    expect(defaultOutcome('comment', 3)).toBe('review');
    expect(defaultOutcome('listing', 5)).toBe('block');
    expect(defaultOutcome('live_segment', 5)).toBe('stop_stream');
  });

  it('scores a saturating sum in [0, 1]', () => {
    expect(saturatingScore(0)).toBe(0);
    expect(saturatingScore(5)).toBe(0.5);
    expect(saturatingScore(1000)).toBeLessThanOrEqual(1);
    expect(saturatingScore(10)).toBeGreaterThan(saturatingScore(5));
  });

  it('findMobileNumbers reports spans only', () => {
    const spans: [number, number][] = [];
    findMobileNumbers('call 15900001111 now', (s, e) => spans.push([s, e]));
    expect(spans).toEqual([[5, 16]]);
  });

  it('findMobileNumbers reads numbers spelled in Chinese numerals, capitals or circled digits', () => {
    const texts = (text: string) => {
      const out: string[] = [];
      findMobileNumbers(text, (s, e) => out.push(text.slice(s, e)));
      return out;
    };
    expect(texts('打我电话一三九 二二八七 六六五一')).toEqual(['一三九 二二八七 六六五一']);
    expect(texts('壹叁捌零零壹贰叁肆伍陆')).toEqual(['壹叁捌零零壹贰叁肆伍陆']);
    expect(texts('①③⑨12345678 找我')).toEqual(['①③⑨12345678']);
    expect(texts('一二三四五六七八九十')).toEqual([]);
    expect(texts('一三九元三件')).toEqual([]);
    expect(texts('订单号一三九二二八七六六五一二三')).toEqual([]);
  });
});

describe('rules of the third tuning pass', () => {
  const found = (input: ScreenInput) => screen(input).findings.map((f) => `${f.category}:${f.text}`);

  it('steps over emoji inside a term', () => {
    expect(found({ kind: 'comment', text: '同城约🔥炮' })).toEqual(['sexual:同城约🔥炮']);
    expect(found({ kind: 'comment', text: '加 ✨ 微 ✨ 信' })).toEqual(['diversion:加 ✨ 微 ✨ 信']);
  });

  it("reports a courier's name on a throwaway domain as fraud as well as a link off the platform", () => {
    expect(found({ kind: 'comment', text: '详情见 sf-express-cn.xyz/a' }).sort()).toEqual([
      'diversion:sf-express-cn.xyz/a',
      'fraud:sf-express-cn.xyz/a',
    ]);
    expect(found({ kind: 'comment', text: '详情见 www.sf-express.com' })).toEqual(['diversion:www.sf-express.com']);
  });

  it('reads a warning in a page heading as it reads one in the title', () => {
    const page = '<html><body><h1>How to spot fake bags</h1><p>Sellers call them AAA replica.</p></body></html>';
    expect(found({ kind: 'web_page', text: page })).toEqual([]);
  });

  it('finds a title or description stuffed with one place-and-service word, not an ordinary one', () => {
    const stuffed =
      '<html><head><meta name="description" content="苏州保洁公司提供苏州保洁、园区保洁、吴中保洁、相城保洁服务"></head></html>';
    expect(found({ kind: 'web_page', text: stuffed })).toEqual([
      'spam_seo:苏州保洁公司提供苏州保洁、园区保洁、吴中保洁、相城保洁服务',
    ]);
    const plain = '<html><head><meta name="description" content="专业保洁，价格透明，准时上门"></head></html>';
    expect(found({ kind: 'web_page', text: plain })).toEqual([]);
  });

  it('finds trending words stuffed into a listing that names its real goods', () => {
    const bait = '【热搜同款】演唱会门票 iPhone17 免费领 黄金 茅台 实际商品：数据线';
    expect(categories(screen({ kind: 'listing', text: bait }).findings)).toContain('spam_seo');
  });

  it('counts a weak copy word beside a strong copy claim without a named brand', () => {
    expect(categories(screen({ kind: 'live_segment', text: '大牌原单，尾单便宜出' }).findings)).toEqual([
      'counterfeit',
    ]);
    expect(screen({ kind: 'listing', text: '国货之光 不输大牌 工厂货' }).findings).toEqual([]);
  });

  it('reads a was-price after a verb (原价是九千八)', () => {
    const context = {
      wasPrice: { amount: 9800 },
      priceHistory: [{ date: '2026-11-20', amount: 3999 }],
    };
    expect(found({ kind: 'live_segment', text: '原价是九千八，今天三千九', context })).toEqual([
      'price_fraud:原价是九千八',
    ]);
  });

  it('keeps make-up, pet food and proof of purchase clean', () => {
    for (const text of ['刷粉底液用什么刷子好', '附购买发票 专柜同款', '心一直跳，好紧张'])
      expect(screen({ kind: 'comment', text }).findings, text).toEqual([]);
  });
});
