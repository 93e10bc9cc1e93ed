// Ordinary live-commerce talk. Variables: {product}, {spec}, {point}, {price} (yuan), {host},
// {n} (a small number), {link} (a link number on the screen).

export const LIVE_OPENINGS: readonly string[] = [
  '哈喽哈喽，家人们晚上好，欢迎来到{host}的直播间',
  '欢迎刚进来的宝宝们，点点关注不迷路',
  '人慢慢多起来了，我们今天福利很多，先点个关注',
];

export const LIVE_LINES: readonly string[] = [
  '今天给大家带来的是{product}，{spec}，直播间到手价{price}元',
  '这个{product}我自己家里也在用，{point}',
  '来，镜头给个特写，看一下这个细节，{point}',
  '库存不多了，{link}号链接还剩最后{n}单，喜欢的宝宝抓紧拍',
  '有问题的宝宝可以打在公屏上，我一个一个回答',
  '我们家支持七天无理由退货，运费险也给大家安排上了',
  '3、2、1，上链接！{link}号链接，{product}，{price}元',
  '拍下的宝宝记得备注规格，{spec}的不要拍错了',
  '刚才有宝宝问什么时候发货，正常四十八小时内发出',
  '看一下这个做工，走线非常整齐，{point}',
  '这个价格真的是给到大家的福利了，{price}元到手',
  '新来的宝宝不知道怎么拍的，点左下角小黄车，{link}号链接就是',
  '拍完的宝宝扣个1，我让助理给大家备注优先发货',
  '没抢到的宝宝不要急，我去找老板问问还能不能加库存',
  '这个{product}送人也特别有面子，包装很精致',
  '不满意的宝宝收到货直接申请退货，不用跟我客气',
  '我们不搞虚的，东西好不好大家收到货就知道了',
  '后台说已经拍了{n}单了，谢谢家人们的支持',
];

export const LIVE_CLOSINGS: readonly string[] = [
  '好了家人们，今天的直播就到这里，我们明天同一时间不见不散',
  '谢谢大家的陪伴，没拍到的宝宝关注一下，下次开播有提醒',
];

export const SESSION_THEMES: readonly string[] = [
  '秋冬上新福利专场',
  '产地直发 源头好货',
  '宠粉日 全场包邮',
  '周末囤货节',
  '新品首发',
  '老粉回馈专场',
];
