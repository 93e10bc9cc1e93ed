import { defaultScreeningEngine } from '../src/domains/screening/engine/default-engine.js';
import type { ScreenInput } from '../src/domains/screening/engine/screen-text.js';
import { note } from './progress.js';
import { runIfStandalone } from './standalone.js';

// screen() of typical listings (about 250 UTF-8 bytes each) by the default engine, on this thread:
// how many a second one core screens. Most are clean shop text, as on a real marketplace; a few
// carry a finding (a superlative, a contact, a was-price) so the finding path is measured too.

/** The target: screens a second on one core. */
export const TARGET_SCREENS_PER_SEC = 100_000;

export interface ScreenBenchOptions {
  warmupMs?: number;
  measureMs?: number;
}

export interface ScreenBenchResult {
  startedAt: string;
  listings: number;
  meanUtf8Bytes: number;
  findingsPerRound: number;
  engineLoadMs: number;
  screens: number;
  elapsedMs: number;
  screensPerSec: number;
  /** Microseconds per screen. */
  meanMicros: number;
  target: { screensPerSec: number; met: boolean };
}

export const TYPICAL_LISTINGS: readonly string[] = [
  '【官方正品】2024新款春季女装宽松显瘦连衣裙 中长款碎花裙 S/M/L/XL 四色可选。面料柔软亲肤，透气不闷热，适合日常通勤和约会穿搭。现货速发，七天无理由退换。多色可选，支持到店试穿与上门退换。',
  '家用大容量电热水壶 1.8L 304不锈钢内胆 自动断电防干烧 快速烧水约5分钟。底座360°旋转，一键开盖，适合办公室、宿舍和家庭使用。全国联保一年。产品已通过3C认证，放心选购，支持开具发票。',
  '新疆阿克苏冰糖心苹果 5斤装 单果约200-250g 脆甜多汁 产地直发 坏果包赔。果园现摘现发，冷链运输，收到后请尽快冷藏保存，口感更佳。每箱附赠水果刀一把，详情咨询在线客服。',
  '儿童益智积木玩具 300颗粒 大颗粒拼装 3-6岁男孩女孩 早教礼物。环保ABS材质，边角圆润不伤手，附赠收纳箱和拼装图纸，亲子互动好帮手。适用年龄3岁以上，请在成人看护下使用。',
  '无线蓝牙耳机 半入耳式 超长续航30小时 蓝牙5.3 低延迟游戏模式 通话降噪。适用于苹果华为小米手机，充电仓Type-C快充，颜色：白/黑。支持双设备连接，附赠硅胶保护套和挂绳。',
  '全网最低价！纯棉四件套 1.5m/1.8m床 被套床单枕套 亲肤裸睡 多色可选。有问题加微信 abc12345 咨询，下单备注颜色，当天发货。全店满99元包邮，偏远地区除外，敬请谅解。',
  '进口天然乳胶枕头 成人护颈椎枕 一对装 泰国原产 透气防螨 慢回弹。原价399元，限时特价199元，买二送一，数量有限售完即止。支持七天无理由退换，运费险下单即送。',
  '男士商务休闲皮鞋 真皮头层牛皮 软底防滑 系带德比鞋 38-44码 黑色棕色。手工缝线，做工精细，办公室婚礼皆宜，尺码偏大建议拍小一码。支持专柜验货，如有质量问题免费包退换。',
];

export async function runScreenBench(options: ScreenBenchOptions = {}): Promise<ScreenBenchResult> {
  const startedAt = new Date().toISOString();
  const l0 = performance.now();
  const engine = await defaultScreeningEngine();
  const engineLoadMs = performance.now() - l0;
  const inputs: ScreenInput[] = TYPICAL_LISTINGS.map((text) => ({
    kind: 'listing',
    text,
    context: { category: '日用百货', price: { amount: 199, currency: 'CNY' } },
  }));
  const meanUtf8Bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0) / inputs.length;
  let findingsPerRound = 0;
  for (const input of inputs) findingsPerRound += engine.screen(input).findings.length;

  const warmupMs = options.warmupMs ?? 1_000;
  const measureMs = options.measureMs ?? 3_000;
  note(
    `screen: ${inputs.length} listings of ${meanUtf8Bytes.toFixed(0)} bytes on average, ${warmupMs / 1_000}s warm-up, ${measureMs / 1_000}s measured…`,
  );
  let sink = 0;
  const loop = (ms: number) => {
    let screens = 0;
    const t0 = performance.now();
    let now = t0;
    while (now - t0 < ms) {
      // Check the clock once a round of 256 screens: reading it costs more than a screen's tail.
      for (let r = 0; r < 32; r++) {
        for (let k = 0; k < inputs.length; k++) sink += engine.screen(inputs[k]).findings.length;
      }
      screens += 32 * inputs.length;
      now = performance.now();
    }
    return { screens, elapsedMs: now - t0 };
  };
  loop(warmupMs);
  const { screens, elapsedMs } = loop(measureMs);
  if (sink < 0) throw new Error('unreachable');
  const screensPerSec = screens / (elapsedMs / 1_000);
  return {
    startedAt,
    listings: inputs.length,
    meanUtf8Bytes,
    findingsPerRound,
    engineLoadMs,
    screens,
    elapsedMs,
    screensPerSec,
    meanMicros: (elapsedMs * 1_000) / screens,
    target: { screensPerSec: TARGET_SCREENS_PER_SEC, met: screensPerSec >= TARGET_SCREENS_PER_SEC },
  };
}

export function formatScreenReport(r: ScreenBenchResult): string {
  const num = (n: number) => Math.round(n).toLocaleString('en-US');
  return [
    `screen(): default engine (loaded in ${num(r.engineLoadMs)} ms), ${r.listings} typical listings of ${r.meanUtf8Bytes.toFixed(0)} bytes (${r.findingsPerRound} findings a round)`,
    `  ${num(r.screensPerSec)} screens/s on one core (${r.meanMicros.toFixed(2)} µs each)   target ≥ ${num(r.target.screensPerSec)}/s: ${r.target.met ? 'met' : 'NOT met'}`,
  ].join('\n');
}

runIfStandalone(import.meta.url, 'screen', [], () => runScreenBench(), formatScreenReport);
