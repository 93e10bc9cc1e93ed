import type { Random } from '../random.js';

// Carriers with the shape of their tracking numbers (prefix + digits).
const CARRIERS: readonly { name: string; prefix: string; digits: number }[] = [
  { name: '顺丰速运', prefix: 'SF', digits: 13 },
  { name: '中通快递', prefix: '7', digits: 13 },
  { name: '圆通速递', prefix: 'YT', digits: 13 },
  { name: '韵达快递', prefix: '43', digits: 13 },
  { name: '申通快递', prefix: '77', digits: 13 },
  { name: '京东物流', prefix: 'JDVA', digits: 11 },
  { name: '极兔速递', prefix: 'JT', digits: 13 },
  { name: '中国邮政EMS', prefix: '11', digits: 11 },
];

export function shipment(rng: Random): { carrier: string; trackingNo: string } {
  const carrier = rng.pick(CARRIERS);
  return { carrier: carrier.name, trackingNo: `${carrier.prefix}${rng.digits(carrier.digits)}` };
}
