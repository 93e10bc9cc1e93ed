import type { EventData } from '../../platform/events/event-types.js';
import type { ProblemKind } from '../ground-truth.js';
import type { Buyer, Comment, Host, Listing, LiveSession, Merchant, Order, OrderState } from './entities.js';
import { IndexedPool } from './indexed-pool.js';
import { ACCOUNT_MEASURES, type AccountMeasure, holds, inGoodStanding, type Standing } from './standing.js';
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

export type AccountKind = 'merchant' | 'host' | 'buyer';

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
    listingsDemoted: 0,
    warnings: 0,
    depositDeductions: 0,
    /** Fen. */
    depositDeducted: 0,
    depositRefunded: 0,
  };

  constructor(readonly config: WorldConfig) {
    this.orders = Object.fromEntries(ORDER_STATES.map((s) => [s, new IndexedPool<Order>()])) as Record<
      OrderState,
      IndexedPool<Order>
    >;
  }

  // —— who may do what ——

  isMerchantActive(merchant: Merchant, now: number): boolean {
    return inGoodStanding(merchant.standing, now);
  }

  /** An active merchant that is not forbidden to publish new listings. */
  mayPublish(merchant: Merchant, now: number): boolean {
    return this.isMerchantActive(merchant, now) && !holds(merchant.standing, 'forbid_new_listings', now);
  }

  isOnSale(listing: Listing, now: number): boolean {
    if (listing.blocked) return false;
    const merchant = this.merchants.get(listing.merchantId);
    return merchant !== undefined && this.isMerchantActive(merchant, now);
  }

  /** Demoted listings and shops with restricted traffic are found less often by buyers. */
  hasLessTraffic(listing: Listing, now: number): boolean {
    if (listing.demotedUntil !== undefined && now < listing.demotedUntil) return true;
    const merchant = this.merchants.get(listing.merchantId);
    return merchant !== undefined && holds(merchant.standing, 'restrict_traffic', now);
  }

  /** The host's or its shop's traffic is restricted. */
  hasRestrictedTraffic(host: Host, now: number): boolean {
    if (holds(host.standing, 'restrict_traffic', now)) return true;
    const merchant = this.merchants.get(host.merchantId);
    return merchant !== undefined && holds(merchant.standing, 'restrict_traffic', now);
  }

  /** The host and its shop may stream now (whether or not the host is resting). */
  mayStream(host: Host, now: number): boolean {
    if (!inGoodStanding(host.standing, now) || holds(host.standing, 'suspend_live', now)) return false;
    const merchant = this.merchants.get(host.merchantId);
    return (
      merchant !== undefined && this.isMerchantActive(merchant, now) && !holds(merchant.standing, 'suspend_live', now)
    );
  }

  canGoLive(host: Host, now: number): boolean {
    if (host.sessionId !== null || now < host.restUntil) return false;
    return this.mayStream(host, now);
  }

  isBuyerActive(buyer: Buyer, now: number): boolean {
    return inGoodStanding(buyer.standing, now);
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

  /** Ranks a listing lower until `until`; false when it is unknown or already so. */
  demoteListing(listingId: string, until: number): boolean {
    const listing = this.listings.get(listingId);
    if (!listing || listing.demotedUntil === until) return false;
    if (listing.demotedUntil === undefined) this.counts.listingsDemoted++;
    listing.demotedUntil = until;
    return true;
  }

  undemoteListing(listingId: string): boolean {
    const listing = this.listings.get(listingId);
    if (listing?.demotedUntil === undefined) return false;
    delete listing.demotedUntil;
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

  account(kind: AccountKind, id: string): Merchant | Host | Buyer | undefined {
    return kind === 'merchant' ? this.merchants.get(id) : kind === 'host' ? this.hosts.get(id) : this.buyers.get(id);
  }

  /** Puts a measure in force until `until` (the latest message states it as a whole); false when nothing changes. */
  imposeMeasure(kind: AccountKind, id: string, measure: AccountMeasure, until: number): boolean {
    const standing = this.account(kind, id)?.standing;
    if (!standing || standing.measures[measure] === until) return false;
    standing.measures[measure] = until;
    return true;
  }

  /** Ends a measure; false when the account is unknown or the measure was not in force. */
  liftMeasure(kind: AccountKind, id: string, measure: AccountMeasure): boolean {
    const standing = this.account(kind, id)?.standing;
    if (standing?.measures[measure] === undefined) return false;
    delete standing.measures[measure];
    if (measure === 'freeze_settlement') {
      standing.settled += standing.heldSettlement;
      standing.heldSettlement = 0;
    }
    return true;
  }

  warn(kind: AccountKind, id: string): boolean {
    const standing = this.account(kind, id)?.standing;
    if (!standing) return false;
    standing.warnings++;
    this.counts.warnings++;
    return true;
  }

  /** Deducts a sanction's amount from the deposit, once per sanction. */
  deductDeposit(kind: AccountKind, id: string, sanctionId: string, amount: number): boolean {
    const standing = this.account(kind, id)?.standing;
    if (!standing || standing.deductions.has(sanctionId)) return false;
    standing.deductions.set(sanctionId, amount);
    standing.deposit -= amount;
    this.counts.depositDeductions++;
    this.counts.depositDeducted += amount;
    return true;
  }

  /** Gives back a reversed deduction; false when there is none for that sanction. */
  refundDeposit(kind: AccountKind, id: string, sanctionId: string): boolean {
    const standing = this.account(kind, id)?.standing;
    const amount = standing?.deductions.get(sanctionId);
    if (!standing || amount === undefined) return false;
    standing.deductions.delete(sanctionId);
    standing.deposit += amount;
    this.counts.depositRefunded += amount;
    return true;
  }

  /** A delivered order's money goes to the merchant, or is held while its settlement is frozen. */
  settleOrder(order: Order, now: number): void {
    const standing = this.merchants.get(order.merchantId)?.standing;
    if (!standing) return;
    if (holds(standing, 'freeze_settlement', now)) standing.heldSettlement += order.amount;
    else standing.settled += order.amount;
  }

  /** How many accounts of each kind have each measure in force now, with their warnings. */
  measuresInForce(now: number): Record<AccountKind, Partial<Record<AccountMeasure, number>>> {
    const out: Record<AccountKind, Partial<Record<AccountMeasure, number>>> = { merchant: {}, host: {}, buyer: {} };
    const tally = (kind: AccountKind, standing: Standing) => {
      for (const measure of ACCOUNT_MEASURES) {
        if (holds(standing, measure, now)) out[kind][measure] = (out[kind][measure] ?? 0) + 1;
      }
    };
    for (const m of this.merchants.values()) tally('merchant', m.standing);
    for (const h of this.hosts.values()) tally('host', h.standing);
    for (const b of this.buyers.values()) tally('buyer', b.standing);
    return out;
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

  /** The live sessions that must end when an account may no longer stream: the host's, or the shop's. */
  sessionsOf(kind: AccountKind, id: string): string[] {
    if (kind === 'buyer') return [];
    const ids: string[] = [];
    for (const session of this.liveSessions.values()) {
      if ((kind === 'host' ? session.hostId : session.merchantId) === id) ids.push(session.id);
    }
    return ids;
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
