// Staged drama used to sell: scripts that run over several consecutive transcript segments.
// Variables: {price} (yuan), {product}.

export interface DramaScript {
  name: string;
  /** The first line carries the cue. */
  cue: string;
  lines: readonly string[];
}

export const DRAMA_SCRIPTS: readonly DramaScript[] = [
  {
    name: 'fake_quarrel_with_boss',
    cue: '老板你别拦着我',
    lines: [
      '老板你别拦着我，今天这个价我说了算！',
      '（画外音）你疯了吧，这个价卖出去我们要亏死的！',
      '亏就亏，我答应家人们的，{product}今天就是{price}元！',
      '老板气得摔门走了，家人们赶紧拍，他回来就改价了！',
    ],
  },
  {
    name: 'sob_story',
    cue: '哭着播的',
    lines: [
      '家人们，说实话我今天是哭着播的……',
      '我爸还在医院等着手术费，厂里的货压了一仓库卖不出去',
      '大家帮帮我，能拍一单是一单，就当帮帮我们家',
      '谢谢家人们，我给大家鞠躬了，{product}只要{price}元',
    ],
  },
  {
    name: 'last_day',
    cue: '最后一天',
    lines: [
      '今天是我们直播间最后一天了，明天就关店不干了',
      '所有库存今天必须清完，亏本也要卖，{product}只要{price}元',
      '错过今天就再也没有这个价了，最后十分钟，抓紧！',
    ],
  },
  {
    name: 'factory_bankrupt',
    cue: '工厂倒闭',
    lines: [
      '跟大家说个事，我们合作的工厂倒闭了，老板跑路了',
      '工人的工资发不出来，这批{product}全部拿来抵工资',
      '不赚钱，只求帮工人们把工资换回来，{price}元一单',
    ],
  },
];
