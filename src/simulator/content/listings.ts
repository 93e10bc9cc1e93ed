import type { Random } from '../random.js';
import { priceInRange } from './text.js';

export interface ProductTemplate {
  category: string;
  /** Short name, used in live talk ("这个{product}"). */
  name: string;
  specs: readonly string[];
  priceYuan: readonly [number, number];
  points: readonly string[];
  attributes: Readonly<Record<string, string>>;
  presale?: boolean;
}

export const PRODUCTS: readonly ProductTemplate[] = [
  {
    category: '食品生鲜',
    name: '赣南脐橙',
    specs: ['5斤装 单果200g+', '10斤装 单果250g+'],
    priceYuan: [29, 69],
    points: ['现摘现发 产地直发', '果肉细嫩 汁水足', '坏果包赔'],
    attributes: { 产地: '江西赣州', 储存: '阴凉通风处' },
  },
  {
    category: '食品生鲜',
    name: '五常大米',
    specs: ['5kg 真空包装', '10kg 家庭装'],
    priceYuan: [49, 129],
    points: ['当季新米', '软糯香甜', '产地溯源'],
    attributes: { 产地: '黑龙江五常', 保质期: '12个月' },
  },
  {
    category: '食品生鲜',
    name: '风干牛肉干',
    specs: ['250g 原味', '500g 香辣味'],
    priceYuan: [39, 99],
    points: ['手撕风干 越嚼越香', '高蛋白 独立小包装'],
    attributes: { 产地: '内蒙古锡林郭勒', 保质期: '9个月' },
  },
  {
    category: '食品生鲜',
    name: '柳州螺蛳粉',
    specs: ['3袋装', '10袋装 整箱'],
    priceYuan: [19, 59],
    points: ['酸笋够味 汤底浓郁', '宿舍夜宵常备'],
    attributes: { 产地: '广西柳州' },
  },
  {
    category: '食品生鲜',
    name: '云南鲜花饼',
    specs: ['10枚礼盒', '20枚家庭装'],
    priceYuan: [29, 69],
    points: ['当季玫瑰 现烤现发', '酥皮掉渣 甜而不腻'],
    attributes: { 产地: '云南昆明', 保质期: '30天' },
  },
  {
    category: '食品生鲜',
    name: '阳澄湖大闸蟹',
    specs: ['公4两 母3两 8只', '公5两 母4两 8只'],
    priceYuan: [199, 599],
    points: ['预售 开湖后按下单顺序发货', '顺丰冷链 死蟹包赔'],
    attributes: { 产地: '江苏苏州', 配送: '顺丰冷链' },
    presale: true,
  },
  {
    category: '食品生鲜',
    name: '舟山带鱼段',
    specs: ['2.5kg 礼盒'],
    priceYuan: [89, 199],
    points: ['船冻锁鲜', '去头去尾 开袋即烹'],
    attributes: { 产地: '浙江舟山' },
  },
  {
    category: '茶叶冲饮',
    name: '明前龙井',
    specs: ['250g 罐装', '500g 礼盒装'],
    priceYuan: [98, 468],
    points: ['西湖产区 手工炒制', '豆香浓郁 回甘明显'],
    attributes: { 产地: '浙江杭州', 等级: '一级' },
  },
  {
    category: '茶叶冲饮',
    name: '福鼎白茶寿眉',
    specs: ['357g 饼茶'],
    priceYuan: [88, 298],
    points: ['2019年存茶 枣香明显', '耐泡 可煮可泡'],
    attributes: { 产地: '福建福鼎', 年份: '2019' },
  },
  {
    category: '茶叶冲饮',
    name: '新会小青柑',
    specs: ['500g 罐装'],
    priceYuan: [69, 199],
    points: ['新会柑皮 云南熟普', '独立小包 出差方便'],
    attributes: { 产地: '广东江门新会' },
  },
  {
    category: '茶叶冲饮',
    name: '明前碧螺春',
    specs: ['250g 罐装'],
    priceYuan: [129, 369],
    points: ['新茶预售 清明前采摘', '花果香 卷曲如螺'],
    attributes: { 产地: '江苏苏州洞庭山' },
    presale: true,
  },
  {
    category: '服饰鞋包',
    name: '纯棉圆领T恤',
    specs: ['白色 M', '黑色 L', '灰色 XL'],
    priceYuan: [39, 99],
    points: ['新疆长绒棉', '不起球 不变形'],
    attributes: { 面料: '100%棉', 版型: '宽松' },
  },
  {
    category: '服饰鞋包',
    name: '白鸭绒羽绒服',
    specs: ['黑色 M', '藏青 L', '米白 XL'],
    priceYuan: [299, 899],
    points: ['90白鸭绒 蓬松保暖', '可拆卸帽子'],
    attributes: { 填充物: '白鸭绒', 含绒量: '90%' },
  },
  {
    category: '服饰鞋包',
    name: '桑蚕丝睡衣套装',
    specs: ['香槟色 M', '雾霾蓝 L'],
    priceYuan: [199, 599],
    points: ['19姆米桑蚕丝', '亲肤透气'],
    attributes: { 面料: '桑蚕丝' },
  },
  {
    category: '服饰鞋包',
    name: '轻便跑步鞋',
    specs: ['39码', '40码', '42码'],
    priceYuan: [129, 399],
    points: ['缓震回弹', '透气网面 夏季不闷脚'],
    attributes: { 鞋底: '橡胶' },
  },
  {
    category: '服饰鞋包',
    name: '头层牛皮托特包',
    specs: ['黑色', '焦糖色'],
    priceYuan: [199, 699],
    points: ['大容量 能装下14寸电脑', '通勤百搭'],
    attributes: { 材质: '头层牛皮' },
  },
  {
    category: '美妆个护',
    name: '玻尿酸补水面膜',
    specs: ['10片/盒', '30片/盒'],
    priceYuan: [39, 129],
    points: ['补水保湿 敷完不黏腻', '敏感肌可用'],
    attributes: { 适用肤质: '任何肤质', 保质期: '3年' },
  },
  {
    category: '美妆个护',
    name: '氨基酸洁面乳',
    specs: ['120g'],
    priceYuan: [29, 89],
    points: ['温和不紧绷', '绵密泡沫'],
    attributes: { 净含量: '120g' },
  },
  {
    category: '美妆个护',
    name: '雾面哑光口红',
    specs: ['#01 正红', '#05 豆沙', '#12 枫叶红'],
    priceYuan: [59, 159],
    points: ['显白不挑皮', '持久不沾杯'],
    attributes: { 质地: '哑光' },
  },
  {
    category: '家居日用',
    name: '全棉四件套',
    specs: ['1.5m床', '1.8m床'],
    priceYuan: [159, 499],
    points: ['40支纯棉 亲肤', '活性印染 不掉色'],
    attributes: { 面料: '全棉' },
  },
  {
    category: '家居日用',
    name: '天然乳胶枕',
    specs: ['单只装', '一对装'],
    priceYuan: [89, 299],
    points: ['回弹慢 护颈', '附赠枕套'],
    attributes: { 产地: '泰国' },
  },
  {
    category: '家居日用',
    name: '加厚收纳箱',
    specs: ['三件套', '五件套'],
    priceYuan: [39, 99],
    points: ['可叠加 带滑轮', '食品级PP材质'],
    attributes: { 材质: 'PP' },
  },
  {
    category: '家居日用',
    name: '不锈钢保温杯',
    specs: ['500ml', '750ml'],
    priceYuan: [49, 159],
    points: ['316不锈钢内胆', '保温12小时'],
    attributes: { 容量: '500ml' },
  },
  {
    category: '数码配件',
    name: '降噪蓝牙耳机',
    specs: ['白色', '黑色'],
    priceYuan: [99, 399],
    points: ['主动降噪 通勤安静', '续航30小时'],
    attributes: { 蓝牙版本: '5.3' },
  },
  {
    category: '数码配件',
    name: '20000毫安充电宝',
    specs: ['22.5W 快充'],
    priceYuan: [79, 199],
    points: ['可上飞机', '双口同时充'],
    attributes: { 容量: '20000mAh' },
  },
  {
    category: '数码配件',
    name: '快充数据线',
    specs: ['1m 两条装', '2m 两条装'],
    priceYuan: [19, 49],
    points: ['编织线身 耐弯折', '支持100W快充'],
    attributes: { 接口: 'Type-C' },
  },
  {
    category: '母婴用品',
    name: '婴儿纸尿裤',
    specs: ['NB码 84片', 'M码 64片', 'L码 54片'],
    priceYuan: [79, 169],
    points: ['轻薄透气', '夜间不侧漏'],
    attributes: { 适用体重: '见尺码表' },
  },
  {
    category: '母婴用品',
    name: '婴儿手口湿巾',
    specs: ['80抽×10包'],
    priceYuan: [39, 79],
    points: ['纯水配方', '加厚不起毛'],
    attributes: { 成分: 'EDI纯水' },
  },
  {
    category: '中老年用品',
    name: '全自动足浴盆',
    specs: ['加热款', '加热按摩款'],
    priceYuan: [129, 399],
    points: ['恒温加热', '一键排水'],
    attributes: { 功率: '500W' },
  },
  {
    category: '中老年用品',
    name: '羊毛护膝',
    specs: ['一对装'],
    priceYuan: [49, 129],
    points: ['加厚保暖', '冬天骑车不冷'],
    attributes: { 面料: '羊毛混纺' },
  },
  {
    category: '中老年用品',
    name: '防蓝光老花镜',
    specs: ['150度', '200度', '250度'],
    priceYuan: [39, 99],
    points: ['轻便不压鼻梁', '附赠眼镜盒'],
    attributes: { 镜片: '树脂' },
  },
  {
    category: '中老年用品',
    name: '颈部按摩仪',
    specs: ['标准款'],
    priceYuan: [99, 299],
    points: ['热敷加按摩', '三档力度'],
    attributes: { 续航: '约2小时' },
  },
  {
    category: '文玩珠宝',
    name: '宜兴紫砂壶',
    specs: ['西施壶 220ml', '石瓢壶 260ml'],
    priceYuan: [199, 1299],
    points: ['原矿紫泥 全手工', '附作者证书'],
    attributes: { 产地: '江苏宜兴' },
  },
  {
    category: '文玩珠宝',
    name: '925银手链',
    specs: ['女款 16cm'],
    priceYuan: [99, 299],
    points: ['S925 银', '附检测证书'],
    attributes: { 材质: 'S925银' },
  },
  {
    category: '医药健康',
    name: '维生素C片',
    specs: ['100片/瓶'],
    priceYuan: [15, 39],
    points: ['OTC 乙类', '请按说明书或在药师指导下使用'],
    attributes: { 剂型: '片剂', 类别: '非处方药' },
  },
  {
    category: '医药健康',
    name: '布洛芬缓释胶囊',
    specs: ['0.3g×24粒'],
    priceYuan: [12, 29],
    points: ['用于缓解轻至中度疼痛', '请仔细阅读说明书并按说明使用'],
    attributes: { 剂型: '胶囊', 类别: '非处方药' },
  },
  {
    category: '医药健康',
    name: '上臂式电子血压计',
    specs: ['家用款'],
    priceYuan: [129, 299],
    points: ['医疗器械注册证齐全', '大屏显示 老人看得清'],
    attributes: { 类别: '二类医疗器械' },
  },
  {
    category: '医药健康',
    name: '医用外科口罩',
    specs: ['50只/盒'],
    priceYuan: [19, 49],
    points: ['独立包装', '三层防护'],
    attributes: { 执行标准: 'YY 0469' },
  },
];

export function productsIn(categories: readonly string[]): ProductTemplate[] {
  return PRODUCTS.filter((p) => categories.includes(p.category));
}

export const LISTING_PROMISES: readonly string[] = [
  '48小时内发货',
  '支持7天无理由退货',
  '赠送运费险',
  '坏了包退',
  '下单后请核对收货地址',
  '偏远地区不包邮',
];

/** What a listing says about itself, before it gets an id and a merchant. */
export interface ListingContent {
  productName: string;
  title: string;
  description: string;
  category: string;
  price: number;
  wasPrice?: number;
  attributes: Record<string, string>;
  presale: boolean;
}

export function composeListing(rng: Random, product: ProductTemplate, shopName?: string): ListingContent {
  const spec = rng.pick(product.specs);
  const point = rng.pick(product.points);
  const prefix = shopName && product.category === '医药健康' ? `${shopName.replace(/旗舰店$/, '')} ` : '';
  const title = `${prefix}${product.name} ${spec} ${point}`;
  const promises = [rng.pick(LISTING_PROMISES), rng.pick(LISTING_PROMISES)];
  const description = `${product.name}，${spec}。${product.points.join('，')}。${[...new Set(promises)].join('，')}。`;
  return {
    productName: product.name,
    title,
    description,
    category: product.category,
    price: priceInRange((a, b) => rng.int(a, b), product.priceYuan),
    attributes: { ...product.attributes, 规格: spec },
    presale: product.presale ?? false,
  };
}
