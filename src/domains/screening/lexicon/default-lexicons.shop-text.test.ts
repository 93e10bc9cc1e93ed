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
快递已发出请注意查收，感谢亲的好评
除湿机 露点温度实时显示
汽车排气管消声器 原厂配件
纯棉床上四件套，护肤三件套
原味瓜子，五香花生
制冰机 出冰快 商用
溜冰鞋 成人初学者，冰壶运动体验课
大麻籽油 冷榨 食用油
吊顶天花板灯 客厅
宠物狗玩具 小牛牛公仔
冰镇饮料 要冰的还是常温的
高仿真绿植 客厅摆件
物流原单号已上传
汽车保养 包养护 一条龙
手机壳 通用万能 全型号
18K彩金项链 女款，本月已售出千件
上下分体式衣柜，幸运转盘抽奖
进口500g水果礼盒
信用卡黑金会员权益
儿童电话手表 精准数据分析报告
退货运费由买家承担，性别选择：男/女
点击链接领取优惠券，关注店铺
企业路由器 已通过验收
正版图书 拒绝盗版，纯原味酸奶
医用级硅胶奶嘴，扫码加入会员
黑帽子 渔夫帽 男女同款
房产抵押大额贷款咨询
情趣内衣 蕾丝睡衣，情趣用品店
招聘兼职女店员，人体艺术摄影展
驾驶证皮套 行驶证卡包 房产证收纳袋
大麻纤维 汉麻T恤，工业大麻籽
双十一到手价 七天最低价 30天最低价
乐高娱乐城堡积木，防偷拍检测器
防癌体检套餐，防癌险
参加微信抽奖活动`.split('\n');

describe('default lexicons on ordinary shop text', () => {
  let entries: LexiconEntry[];
  let allow: string[];
  let matcher: Matcher;
  beforeAll(async () => {
    const lexicons = (await loadDefaultLexicons()).filter((l) => !l.entries.some((e) => e.tags?.includes('domain')));
    // Entries tagged needs-brand count only next to a brand (screen-text.test.ts covers them), and
    // none of this text names one.
    entries = lexicons.flatMap((l) => l.entries).filter((e) => !e.tags?.includes('needs-brand'));
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
    expect(found('依托咪酯电子烟 上头快', 'comment')).toContain('drugs');
    expect(found('同城约炮 学生妹上门', 'comment')).toContain('sexual');
    expect(found('弹簧刀 三棱军刺 开山刀', 'listing')).toContain('weapons');
    expect(found('刷粉丝 刷播放量 蜘蛛池', 'comment')).toContain('spam_seo');
    expect(found('摇头丸', 'comment')).toContain('drugs');
    expect(found('摇头丸', 'comment').has('sexual')).toBe(false);
    expect(found('蝴蝶刀', 'listing').has('fraud')).toBe(false);
    expect(found('24h escort service', 'comment')).toContain('sexual');
    expect(found('Instant loans, no credit check', 'comment')).toContain('fraud');
    expect(found('the absolute best serum', 'listing')).toContain('ad_superlative');
  });
});
