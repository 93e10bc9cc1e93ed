import { z } from 'zod';

// Money on the wire is an integer of minor units (fen for CNY) with an ISO 4217 currency.
export const Money = z.object({
  amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof Money>;

const Id = z.string().min(1).max(128);
const Text = (max: number) => z.string().max(max);

export const ListingUpserted = z.object({
  listingId: Id,
  merchantId: Id,
  title: Text(500).min(1),
  description: Text(20_000).optional(),
  category: Text(200).min(1),
  price: Money,
  wasPrice: Money.optional(),
  attributes: z.record(z.string().max(100), z.string().max(1_000)).optional(),
  imageUrls: z.array(z.string().url().max(2_000)).max(50).optional(),
  status: z.enum(['active', 'inactive']).default('active'),
});

export const LiveStarted = z.object({
  sessionId: Id,
  hostId: Id,
  merchantId: Id.optional(),
  title: Text(500),
  productListingIds: z.array(Id).max(500).optional(),
});

export const LiveSegment = z.object({
  sessionId: Id,
  hostId: Id,
  seq: z.number().int().min(0),
  text: Text(100_000),
  startMs: z.number().int().min(0),
  endMs: z.number().int().min(0),
  viewers: z.number().int().min(0).optional(),
});

export const LiveEnded = z.object({
  sessionId: Id,
  hostId: Id,
  reason: z.enum(['finished', 'stopped', 'error']).default('finished'),
  peakViewers: z.number().int().min(0).optional(),
  totalViewers: z.number().int().min(0).optional(),
});

export const CommentPosted = z.object({
  commentId: Id,
  authorId: Id,
  text: Text(5_000).min(1),
  targetType: z.enum(['listing', 'live_session', 'merchant']),
  targetId: Id,
  merchantId: Id.optional(),
  channel: z.enum(['review', 'question', 'live_chat']).default('review'),
});

export const OrderPlaced = z.object({
  orderId: Id,
  buyerId: Id,
  merchantId: Id,
  listingId: Id,
  quantity: z.number().int().min(1).max(100_000),
  amount: Money,
  liveSessionId: Id.optional(),
  hostId: Id.optional(),
  presale: z.boolean().default(false),
  shipBy: z.iso.datetime({ offset: true }).optional(),
});

export const OrderPaid = z.object({
  orderId: Id,
  buyerId: Id,
  merchantId: Id,
  amount: Money,
});

export const OrderShipped = z.object({
  orderId: Id,
  merchantId: Id,
  carrier: Text(100).min(1),
  trackingNo: Text(100).min(1),
});

export const OrderDelivered = z.object({
  orderId: Id,
  merchantId: Id.optional(),
});

export const OrderRefunded = z.object({
  orderId: Id,
  merchantId: Id.optional(),
  amount: Money,
  reason: Text(1_000).optional(),
});

export const ReturnRequested = z.object({
  returnId: Id,
  orderId: Id,
  buyerId: Id,
  reason: z.enum(['no_reason_7_days', 'quality', 'not_as_described', 'damaged', 'wrong_item', 'allergy', 'other']),
  explanation: Text(2_000).optional(),
});

export const ReportTargetType = z.enum(['listing', 'live_session', 'merchant', 'host', 'comment']);

export const ReportFiled = z.object({
  reportId: Id,
  reporterId: Id.optional(),
  targetType: ReportTargetType,
  targetId: Id,
  category: Text(100).min(1),
  explanation: Text(5_000).min(1),
  location: Text(2_000).optional(),
  contact: Text(500).optional(),
  goodFaith: z.boolean(),
  trustedFlagger: z.boolean().optional(),
});

export const FeedbackSubmitted = z.object({
  feedbackId: Id,
  userId: Id.optional(),
  channel: z.enum(['app', 'hotline', 'chat', 'review', 'survey']),
  text: Text(20_000),
  rating: z.number().int().min(1).max(5).optional(),
  npsScore: z.number().int().min(0).max(10).optional(),
  orderId: Id.optional(),
  merchantId: Id.optional(),
  hostId: Id.optional(),
  sessionId: Id.optional(),
});

/** Every event type Xinren accepts, with the schema of its `data`. */
export const EVENT_TYPES = {
  'listing.upserted': ListingUpserted,
  'live.started': LiveStarted,
  'live.segment': LiveSegment,
  'live.ended': LiveEnded,
  'comment.posted': CommentPosted,
  'order.placed': OrderPlaced,
  'order.paid': OrderPaid,
  'order.shipped': OrderShipped,
  'order.delivered': OrderDelivered,
  'order.refunded': OrderRefunded,
  'return.requested': ReturnRequested,
  'report.filed': ReportFiled,
  'feedback.submitted': FeedbackSubmitted,
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_TYPES)[T]>;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_TYPES, type);
}

/** A CloudEvents 1.0 envelope as Xinren accepts it (JSON format, structured mode). */
export const CloudEventEnvelope = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  type: z.string().min(1).max(200),
  time: z.iso.datetime({ offset: true }).optional(),
  datacontenttype: z.string().max(200).optional(),
  subject: z.string().max(500).optional(),
  data: z.unknown(),
});
export type CloudEventEnvelope = z.infer<typeof CloudEventEnvelope>;
