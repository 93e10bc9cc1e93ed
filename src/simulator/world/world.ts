import type { EventData } from '../../platform/events/event-types.js';
import type { ProblemKind } from '../ground-truth.js';
import type { Buyer, Comment, Host, Listing, LiveSession, Merchant, Order, OrderState } from './entities.js';
import { IndexedPool } from './indexed-pool.js';
import type { WorldConfig } from './world-config.js';

/** Something a buyer could report: content the simulator knows to be a problem. */
export interface Reportable {
  targetType: 'listing' | 'live_session' | 'host' | 'comment';
  targetId: string;
  kind: ProblemKind;
  location?: string;
}

const ORDER_STATES: readonly OrderState[] = ['placed', 'paid', 'shipped', 'delivered', 'return_requested'];
const MAX_REPORTABLES = 200;
// Webhooks about a comment come within seconds; older comments are forgotten to bound memory.
const MAX_REMEMBERED_COMMENTS = 20_000;

function isActive(until: number | null, now: number): boolean {
  return until === null || now >= until;
}

/**
 * The state of the simulated platform and its transitions. It knows nothing about events or text:
 * the generator decides what happens, webhook appliers apply Xinren's decisions, both through here.
 */
export class World {
  readonly merchants = new IndexedPool<Merchant>();
  readonly hosts = new IndexedPool<Host>();
  readonly buyers = new IndexedPool<Buyer>();
  readonly listings = new IndexedPool<Listing>();
  readonly liveSessions = new IndexedPool<LiveSession>();
  readonly orders: Readonly<Record<OrderState, IndexedPool<Order>>>;
  /** Merchant ids, one per initial listing still to publish. */
  readonly catalogueBacklog: string[] = [];
  readonly reportables: Reportable[] = [];
  /** Recent comments by id, oldest first. */
  readonly comments = new Map<string, Comment>();
  readonly counts = {
    streamsStarted: 0,
    streamsFinished: 0,
    streamsStopped: 0,
    listingsFlagged: 0,
    ordersPlaced: 0,
    ordersRefunded: 0,
    commentsPosted: 0,
    commentsHidden: 0,
    commentsFlagged: 0,
  };

  constructor(readonly config: WorldConfig) {
    this.orders = Object.fromEntries(ORDER_STATES.map((s) => [s, new IndexedPool<Order>()])) as Record<
      OrderState,
      IndexedPool<Order>
    >;
  }

  // —— who may do what ——

  isMerchantActive(merchant: Merchant, now: number): boolean {
    return isActive(merchant.suspendedUntil, now);
  }

  isOnSale(listing: Listing, now: number): boolean {
    if (listing.blocked) return false;
    const merchant = this.merchants.get(listing.merchantId);
    return merchant !== undefined && this.isMerchantActive(merchant, now);
  }

  canGoLive(host: Host, now: number): boolean {
    if (host.sessionId !== null || now < host.restUntil) return false;
    if (!isActive(host.liveSuspendedUntil, now) || !isActive(host.accountSuspendedUntil, now)) return false;
    const merchant = this.merchants.get(host.merchantId);
    return merchant !== undefined && this.isMerchantActive(merchant, now);
  }

  isBuyerActive(buyer: Buyer, now: number): boolean {
    return isActive(buyer.suspendedUntil, now);
  }

  // —— listings ——

  addListing(listing: Listing): void {
    this.listings.add(listing);
  }

  /** Takes a listing off sale; false when it is unknown or already off. */
  blockListing(listingId: string, reason: string): boolean {
    const listing = this.listings.get(listingId);
    if (!listing || listing.blocked) return false;
    listing.blocked = true;
    listing.blockReason = reason;
    return true;
  }

  restoreListing(listingId: string): boolean {
    const listing = this.listings.get(listingId);
    if (!listing?.blocked) return false;
    listing.blocked = false;
    delete listing.blockReason;
    return true;
  }

  flagListing(listingId: string): boolean {
    const listing = this.listings.get(listingId);
    if (!listing) return false;
    listing.flags++;
    this.counts.listingsFlagged++;
    return true;
  }

  listingCounts(now: number): { onSale: number; removed: number } {
    let onSale = 0;
    let removed = 0;
    for (const listing of this.listings.values()) {
      if (listing.blocked) removed++;
      else if (this.isOnSale(listing, now)) onSale++;
    }
    return { onSale, removed };
  }

  /** The lowest and highest unit prices the listing sold at since `since`; undefined when it did not sell. */
  soldPriceRange(listing: Listing, since: number): { lowest: number; highest: number } | undefined {
    let lowest = Number.POSITIVE_INFINITY;
    let highest = 0;
    for (const sale of listing.sales) {
      if (sale.lastSoldAt < since) continue;
      if (sale.unitPrice < lowest) lowest = sale.unitPrice;
      if (sale.unitPrice > highest) highest = sale.unitPrice;
    }
    return highest > 0 ? { lowest, highest } : undefined;
  }

  // —— comments ——

  addComment(comment: Comment): void {
    this.comments.set(comment.id, comment);
    this.counts.commentsPosted++;
    if (this.comments.size > MAX_REMEMBERED_COMMENTS) {
      const oldest = this.comments.keys().next().value;
      if (oldest !== undefined) this.comments.delete(oldest);
    }
  }

  /** Hides a comment; false when it is unknown (or forgotten) or already hidden. */
  hideComment(commentId: string): boolean {
    const comment = this.comments.get(commentId);
    if (!comment || comment.hidden) return false;
    comment.hidden = true;
    this.counts.commentsHidden++;
    return true;
  }

  flagComment(commentId: string): boolean {
    const comment = this.comments.get(commentId);
    if (!comment) return false;
    comment.flags++;
    this.counts.commentsFlagged++;
    return true;
  }

  // —— accounts ——

  suspendMerchant(merchantId: string, until: number): boolean {
    const merchant = this.merchants.get(merchantId);
    if (!merchant) return false;
    merchant.suspendedUntil = until;
    return true;
  }

  suspendHostLive(hostId: string, until: number): boolean {
    const host = this.hosts.get(hostId);
    if (!host) return false;
    host.liveSuspendedUntil = until;
    return true;
  }

  suspendHostAccount(hostId: string, until: number): boolean {
    const host = this.hosts.get(hostId);
    if (!host) return false;
    host.accountSuspendedUntil = until;
    return true;
  }

  suspendBuyer(buyerId: string, until: number): boolean {
    const buyer = this.buyers.get(buyerId);
    if (!buyer) return false;
    buyer.suspendedUntil = until;
    return true;
  }

  // —— live sessions ——

  startSession(session: LiveSession): void {
    const host = this.hosts.get(session.hostId);
    if (!host) throw new Error(`unknown host ${session.hostId}`);
    host.sessionId = session.id;
    this.liveSessions.add(session);
    this.counts.streamsStarted++;
  }

  /** Ends a live session; returns the data of its live.ended event, or null when it is not live. */
  endSession(sessionId: string, reason: 'finished' | 'stopped', now: number): EventData<'live.ended'> | null {
    const session = this.liveSessions.remove(sessionId);
    if (!session) return null;
    const host = this.hosts.get(session.hostId);
    if (host) {
      host.sessionId = null;
      host.restUntil = now + this.config.hostRestMs;
    }
    if (reason === 'stopped') this.counts.streamsStopped++;
    else this.counts.streamsFinished++;
    return {
      sessionId,
      hostId: session.hostId,
      reason,
      peakViewers: session.peakViewers,
      totalViewers: session.totalViewers,
    };
  }

  // —— orders ——

  addOrder(order: Order): void {
    this.orders[order.state].add(order);
    this.counts.ordersPlaced++;
    const listing = this.listings.get(order.listingId);
    if (!listing) return;
    const unitPrice = Math.round(order.amount / order.quantity);
    const known = listing.sales.find((s) => s.unitPrice === unitPrice);
    if (known) known.lastSoldAt = Math.max(known.lastSoldAt, order.placedAt);
    else listing.sales.push({ unitPrice, lastSoldAt: order.placedAt });
  }

  moveOrder(order: Order, to: OrderState): void {
    this.orders[order.state].remove(order.id);
    order.state = to;
    this.orders[to].add(order);
    const delivered = this.orders.delivered;
    if (delivered.size > this.config.maxRememberedOrders) {
      // Forget one: the pool only has to stay bounded, and old orders rarely get returns or reviews.
      const oldest = delivered.values()[0];
      if (oldest) delivered.remove(oldest.id);
    }
  }

  closeRefundedOrder(order: Order): void {
    this.orders[order.state].remove(order.id);
    this.counts.ordersRefunded++;
  }

  // —— reports ——

  rememberReportable(reportable: Reportable): void {
    this.reportables.push(reportable);
    if (this.reportables.length > MAX_REPORTABLES) this.reportables.shift();
  }
}
