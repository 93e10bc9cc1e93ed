import type { ProblemKind } from '../ground-truth.js';
import type { Standing } from './standing.js';

// The simulated platform's entities. Times are epoch milliseconds of the simulation clock; a
// measure's end of Infinity means it has none.

export interface Merchant {
  id: string;
  name: string;
  categories: readonly string[];
  pharmacy: boolean;
  /** Risky merchants get most of the problem listings, as on a real platform. */
  risky: boolean;
  standing: Standing;
}

export interface Host {
  id: string;
  nickname: string;
  merchantId: string;
  risky: boolean;
  standing: Standing;
  sessionId: string | null;
  /** Hosts rest between streams. */
  restUntil: number;
}

export interface Buyer {
  id: string;
  standing: Standing;
}

export interface Listing {
  id: string;
  merchantId: string;
  productName: string;
  title: string;
  description: string;
  category: string;
  price: number;
  wasPrice?: number;
  attributes: Record<string, string>;
  imageUrls: string[];
  presale: boolean;
  blocked: boolean;
  blockReason?: string;
  /** Ranked lower in search and recommendations until then (demote_listing). */
  demotedUntil?: number;
  flags: number;
  /**
   * Each unit price it was ordered at, with the time of the last such order. Xinren takes the
   * lowest of those in the 7 days before a "was" price appears as the listing's real price.
   */
  sales: SoldPrice[];
  problem?: ProblemKind;
}

export interface SoldPrice {
  unitPrice: number;
  lastSoldAt: number;
}

export interface Comment {
  id: string;
  authorId: string;
  targetType: 'listing' | 'live_session' | 'merchant';
  targetId: string;
  hidden: boolean;
  flags: number;
  problem?: ProblemKind;
}

export interface ScriptLine {
  text: string;
  kind: ProblemKind;
  cue: string;
}

export interface LiveSession {
  id: string;
  hostId: string;
  merchantId: string;
  title: string;
  listingIds: string[];
  startedAt: number;
  seq: number;
  mediaMs: number;
  viewers: number;
  peakViewers: number;
  totalViewers: number;
  plannedSegments: number;
  /** Index into listingIds of the product being presented. */
  focus: number;
  /** Lines of a running drama episode, spoken one per segment. */
  script: ScriptLine[];
  /** The tail of a cue split at the end of the previous segment. */
  carry?: ScriptLine;
  hadProblem: ProblemKind | null;
}

export type OrderState = 'placed' | 'paid' | 'shipped' | 'delivered' | 'return_requested';

export interface Order {
  id: string;
  buyerId: string;
  merchantId: string;
  listingId: string;
  productName: string;
  quantity: number;
  amount: number;
  liveSessionId?: string;
  hostId?: string;
  presale: boolean;
  placedAt: number;
  state: OrderState;
}
