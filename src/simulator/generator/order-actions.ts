import { RETURN_REASONS, RETURN_REFUND_REASON, UNSHIPPED_REFUND_REASONS } from '../content/after-sales.js';
import { shipment } from '../content/logistics.js';
import type { GeneratedEvent } from '../ground-truth.js';
import type { Listing, LiveSession, Order } from '../world/entities.js';
import { money, type SimContext } from './sim-context.js';

const HOUR_MS = 3_600_000;
const SHIP_WITHIN_MS = 48 * HOUR_MS;
const LIVE_ORDER_SHARE = 0.5;
const ABANDONED_SHARE = 0.07;
const RISKY_SHIPPING_DELAY = 0.6;
/** A demoted listing, or one of a shop with restricted traffic, is found this much less often. */
const LESS_TRAFFIC_SHARE = 0.25;

function liveListing(ctx: SimContext): { listing: Listing; session: LiveSession } | undefined {
  const { world, rng, now } = ctx;
  const session = world.liveSessions.pick(rng);
  if (!session) return undefined;
  const start = rng.int(0, Math.max(0, session.listingIds.length - 1));
  for (let k = 0; k < session.listingIds.length; k++) {
    const listing = world.listings.get(session.listingIds[(start + k) % session.listingIds.length] as string);
    if (listing && world.isOnSale(listing, now)) return { listing, session };
  }
  return undefined;
}

/** A buyer orders a listing on sale, half of the time from a live stream that presents it. */
export function placeOrder(ctx: SimContext): GeneratedEvent[] {
  const { world, rng, now } = ctx;
  const buyer = world.buyers.pickWhere(rng, (b) => world.isBuyerActive(b, now));
  if (!buyer) return [];
  const fromLive = world.liveSessions.size > 0 && rng.chance(LIVE_ORDER_SHARE) ? liveListing(ctx) : undefined;
  const listing =
    fromLive?.listing ??
    world.listings.pickWhere(
      rng,
      (l) => world.isOnSale(l, now) && (!world.hasLessTraffic(l, now) || rng.chance(LESS_TRAFFIC_SHARE)),
    );
  if (!listing) return [];
  const quantity = rng.chance(0.85) ? 1 : rng.int(2, 3);
  const order: Order = {
    id: ctx.ids.next('ord'),
    buyerId: buyer.id,
    merchantId: listing.merchantId,
    listingId: listing.id,
    productName: listing.productName,
    quantity,
    amount: listing.price * quantity,
    presale: listing.presale,
    placedAt: now,
    state: 'placed',
  };
  if (fromLive) {
    order.liveSessionId = fromLive.session.id;
    order.hostId = fromLive.session.hostId;
  }
  world.addOrder(order);
  const shipBy = now + (listing.presale ? rng.int(5, 15) * 24 * HOUR_MS : SHIP_WITHIN_MS);
  const data = {
    orderId: order.id,
    buyerId: buyer.id,
    merchantId: order.merchantId,
    listingId: listing.id,
    quantity,
    amount: money(order.amount),
    presale: order.presale,
    shipBy: new Date(shipBy).toISOString(),
    ...(fromLive ? { liveSessionId: fromLive.session.id, hostId: fromLive.session.hostId } : {}),
  };
  return [ctx.emit('order.placed', data)];
}

/** Most placed orders get paid; a few are abandoned, which sends nothing. */
export function payOrder(ctx: SimContext): GeneratedEvent[] {
  const order = ctx.world.orders.placed.pick(ctx.rng);
  if (!order) return [];
  if (ctx.rng.chance(ABANDONED_SHARE)) {
    ctx.world.orders.placed.remove(order.id);
    return [];
  }
  ctx.world.moveOrder(order, 'paid');
  return [
    ctx.emit('order.paid', {
      orderId: order.id,
      buyerId: order.buyerId,
      merchantId: order.merchantId,
      amount: money(order.amount),
    }),
  ];
}

/** Risky shops are slow to ship, which is what late-shipping compensation is for. */
export function shipOrder(ctx: SimContext): GeneratedEvent[] {
  const order = ctx.world.orders.paid.pick(ctx.rng);
  if (!order) return [];
  if (ctx.world.merchants.get(order.merchantId)?.risky && ctx.rng.chance(RISKY_SHIPPING_DELAY)) return [];
  ctx.world.moveOrder(order, 'shipped');
  return [ctx.emit('order.shipped', { orderId: order.id, merchantId: order.merchantId, ...shipment(ctx.rng) })];
}

export function deliverOrder(ctx: SimContext): GeneratedEvent[] {
  const order = ctx.world.orders.shipped.pick(ctx.rng);
  if (!order) return [];
  ctx.world.moveOrder(order, 'delivered');
  ctx.world.settleOrder(order, ctx.now);
  return [ctx.emit('order.delivered', { orderId: order.id, merchantId: order.merchantId })];
}

/** Closes an order as refunded in full and says so. */
function refundOrder(ctx: SimContext, order: Order, reason: string): GeneratedEvent[] {
  ctx.world.closeRefundedOrder(order);
  return [
    ctx.emit('order.refunded', {
      orderId: order.id,
      merchantId: order.merchantId,
      amount: money(order.amount),
      reason,
    }),
  ];
}

export function refundUnshipped(ctx: SimContext): GeneratedEvent[] {
  const order = ctx.world.orders.paid.pick(ctx.rng);
  if (!order) return [];
  return refundOrder(ctx, order, ctx.rng.pick(UNSHIPPED_REFUND_REASONS));
}

export function requestReturn(ctx: SimContext): GeneratedEvent[] {
  const order = ctx.world.orders.delivered.pick(ctx.rng);
  if (!order) return [];
  const listing = ctx.world.listings.get(order.listingId);
  // Problem goods come back more often, and for what they claimed to be.
  const { reason, explanation } =
    listing?.problem && ctx.rng.chance(0.6)
      ? { reason: 'not_as_described' as const, explanation: '收到的东西和宣传的完全不一样' }
      : ctx.rng.weighted(RETURN_REASONS);
  ctx.world.moveOrder(order, 'return_requested');
  return [
    ctx.emit('return.requested', {
      returnId: ctx.ids.next('ret'),
      orderId: order.id,
      buyerId: order.buyerId,
      reason,
      explanation,
    }),
  ];
}

export function refundReturn(ctx: SimContext): GeneratedEvent[] {
  const order = ctx.world.orders.return_requested.pick(ctx.rng);
  if (!order) return [];
  return refundOrder(ctx, order, RETURN_REFUND_REASON);
}
