import { HOST_NICKNAMES, SHOPS } from '../content/shops.js';
import type { Random } from '../random.js';
import type { IdSequence } from './id-sequence.js';
import { newStanding } from './standing.js';
import { World } from './world.js';
import type { WorldConfig } from './world-config.js';

const RISKY_SHARE = 0.2;
// Security deposits in fen, as marketplaces hold them against penalties: ¥20,000 and ¥5,000.
const MERCHANT_DEPOSIT = 2_000_000;
const HOST_DEPOSIT = 500_000;

/** Creates the merchants, hosts and buyers of a new world and queues its initial catalogue. */
export function populateWorld(config: WorldConfig, rng: Random, ids: IdSequence): World {
  const world = new World(config);
  for (let i = 0; i < config.merchants; i++) {
    const shop = SHOPS[i % SHOPS.length];
    if (!shop) throw new Error('no shop templates');
    const round = Math.floor(i / SHOPS.length);
    const merchant = {
      id: ids.next('mer'),
      name: round === 0 ? shop.name : `${shop.name}${round + 1}号店`,
      categories: shop.categories,
      pharmacy: shop.pharmacy ?? false,
      risky: !shop.pharmacy && rng.chance(RISKY_SHARE),
      standing: newStanding(MERCHANT_DEPOSIT),
    };
    world.merchants.add(merchant);
  }
  // Interleaved, so that every shop has something on sale early on.
  for (let k = 0; k < config.initialListingsPerMerchant; k++) {
    for (const merchant of world.merchants.values()) world.catalogueBacklog.push(merchant.id);
  }
  // Pharmacies do not stream; every other merchant can have hosts.
  const streamers = world.merchants.values().filter((m) => !m.pharmacy);
  for (let i = 0; i < config.hosts && streamers.length > 0; i++) {
    const merchant = streamers[i % streamers.length];
    if (!merchant) break;
    const nickname = HOST_NICKNAMES[i % HOST_NICKNAMES.length] ?? 'host';
    world.hosts.add({
      id: ids.next('host'),
      nickname: i < HOST_NICKNAMES.length ? nickname : `${nickname}${Math.floor(i / HOST_NICKNAMES.length) + 1}`,
      merchantId: merchant.id,
      risky: merchant.risky || rng.chance(RISKY_SHARE / 2),
      standing: newStanding(HOST_DEPOSIT),
      sessionId: null,
      restUntil: 0,
    });
  }
  for (let i = 0; i < config.buyers; i++) world.buyers.add({ id: ids.next('buyer'), standing: newStanding() });
  return world;
}
