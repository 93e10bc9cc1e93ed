import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher, type Matcher } from '../engine/matcher.js';
import { loadDefaultLexicons } from './default-lexicons.js';
import { entryApplies, type LexiconEntry } from './lexicon-entry.js';

// Ordinary shop text that a naive use of the upstream lists flags (包邮, 客服, 冰粉, 插入, 颜色逼真,
// 瑞士军刀 …). With the curated defaults and the allow-list none of it may produce a finding.
const ORDINARY = `夏季新款纯棉T恤，包邮，正品保证，客服在线
这款微波炉最近卖得很好，第一次用就爱上了
物流最后一公里配送，支持信用卡分期
颜色逼真，仿真花适合客厅装饰
儿童水枪玩具，夏天戏水必备
儿童玩具手枪，声光效果
冰粉配红糖，夏日解暑甜品
USB插入即可使用，即插即用
手机跑分很高，性能强劲
这本书的第一章讲的是历史
进口奶粉，适合1-3岁宝宝
射钉枪装修工具
瑞士军刀多功能户外工具
水果刀厨房刀具套装
钢珠笔办公文具
弹弓儿童玩具
麻辣小龙虾，加冰饮料更好喝
恭喜发财红包，彩票站旁边
成人用品店，避孕套超薄
成人自考教材，会计证书培训
人体工学椅，性价比很高
性感连衣裙，夜店风
射手座，射击游戏
子弹头列车，炸鸡翅，炸薯条
冰火两重天火锅，白粉笔
猫砂豆腐砂，农家土鸡蛋
硝酸钾化肥，园艺工具套装
驾照考试科目一题库
二手手机靓号，车主用品
望远镜高清夜视，弓箭射箭运动
游戏机手柄，生日快乐蛋糕
万能胶强力粘鞋，万能表数字
国家级非物质文化遗产苏绣
快递已发出请注意查收，感谢亲的好评`.split('\n');

describe('default lexicons on ordinary shop text', () => {
  let entries: LexiconEntry[];
  let allow: string[];
  let matcher: Matcher;
  beforeAll(async () => {
    const lexicons = (await loadDefaultLexicons()).filter((l) => !l.entries.some((e) => e.tags?.includes('domain')));
    entries = lexicons.flatMap((l) => l.entries);
    allow = lexicons[0].allow.map((a) => a.term);
    matcher = compileMatcher(
      entries.map((e) => e.term),
      { foldCase: true, foldWidth: true },
    );
  });

  const insideAllowed = (text: string, start: number, end: number) =>
    allow.some((a) => {
      for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
        if (i <= start && end <= i + a.length) return true;
      }
      return false;
    });

  it('finds nothing in listings of ordinary goods', () => {
    const findings = ORDINARY.flatMap((text) =>
      matcher
        .findAll(text)
        .filter((m) => entryApplies(entries[m.patternId], 'listing', '日用百货'))
        .filter((m) => !insideAllowed(text, m.start, m.end))
        .map((m) => `${text.slice(m.start, m.end)} (${entries[m.patternId].category}) in ${text}`),
    );
    expect(findings).toEqual([]);
  });

  it('still finds the risks', () => {
    const found = (text: string, kind: 'listing' | 'live_segment' | 'comment', productCategory?: string) =>
      new Set(
        matcher
          .findAll(text)
          .filter((m) => entryApplies(entries[m.patternId], kind, productCategory))
          .filter((m) => !insideAllowed(text, m.start, m.end))
          .map((m) => entries[m.patternId].category),
      );
    expect(found('出售冰毒，量大从优', 'listing')).toContain('drugs');
    expect(found('加微信看更多款式', 'comment')).toContain('diversion');
    expect(found('全网最低价，销量第一', 'listing')).toContain('ad_superlative');
    expect(found('全网最低价，销量第一', 'comment').has('ad_superlative')).toBe(false);
    expect(found('这款茶喝了能降血压', 'listing', '茶叶')).toContain('medical_claim');
    expect(found('本品用于降血压', 'listing', '药品').has('medical_claim')).toBe(false);
    expect(found('高仿大牌包包，专柜品质', 'listing')).toContain('counterfeit');
    expect(found('今天跟老板吵架了，亏本清仓', 'live_segment')).toContain('staged_drama');
    expect(found('真人百家乐在线下注', 'comment')).toContain('gambling');
    expect(found('出售气枪铅弹', 'listing')).toContain('weapons');
    expect(found('兼职刷单日结', 'comment')).toContain('fraud');
  });
});
