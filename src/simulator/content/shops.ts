// The shops and live-stream hosts of the simulated platform. Categories must match the `category`
// of the products in listings.ts.

export interface ShopTemplate {
  name: string;
  categories: readonly string[];
  /** A licensed pharmacy: its listings talk about medicine and are legitimate (hard negatives). */
  pharmacy?: boolean;
}

export const SHOPS: readonly ShopTemplate[] = [
  { name: '山野优选旗舰店', categories: ['食品生鲜', '茶叶冲饮'] },
  { name: '江南织造官方店', categories: ['服饰鞋包'] },
  { name: '云岭茶仓', categories: ['茶叶冲饮'] },
  { name: '小鹿母婴专营店', categories: ['母婴用品'] },
  { name: '老街坊食品', categories: ['食品生鲜'] },
  { name: '拾光家居', categories: ['家居日用'] },
  { name: '极客数码配件', categories: ['数码配件'] },
  { name: '花间美妆', categories: ['美妆个护'] },
  { name: '鹤寿堂中老年馆', categories: ['中老年用品', '家居日用'] },
  { name: '仁心大药房旗舰店', categories: ['医药健康'], pharmacy: true },
  { name: '金秋果园', categories: ['食品生鲜'] },
  { name: '北境羽绒服饰', categories: ['服饰鞋包'] },
  { name: '陶然紫砂工作室', categories: ['文玩珠宝'] },
  { name: '轻氧运动', categories: ['服饰鞋包', '数码配件'] },
  { name: '禾木生活馆', categories: ['家居日用', '美妆个护'] },
  { name: '渔港鲜生', categories: ['食品生鲜'] },
];

export const HOST_NICKNAMES: readonly string[] = [
  '小美爱分享',
  '阿杰带货',
  '茶姐说茶',
  '果园老王',
  '宝妈琳琳',
  '数码阿飞',
  '东北大花',
  '丽丽穿搭',
  '老刘聊家居',
  '甜甜的小铺',
  '海边阿强',
  '芳姐好物',
];
