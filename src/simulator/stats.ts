import type { EventType } from '../platform/events/event-types.js';
import type { ProblemKind } from './ground-truth.js';

/** Counters of what the event pump sent to Xinren and what Xinren answered. */
export interface SendCounters {
  /** Events handed to POST /v1/events in a request that got an answer. */
  sent: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Events of batches Xinren refused as a whole (4xx other than 401/403/408/429): not retried. */
  dropped: number;
  /** Events generated and not yet sent. */
  queued: number;
  postsOk: number;
  postsFailed: number;
}

export function newSendCounters(): SendCounters {
  return { sent: 0, accepted: 0, duplicates: 0, rejected: 0, dropped: 0, queued: 0, postsOk: 0, postsFailed: 0 };
}

/** Counters of the webhook receiver and of what applying the messages did. */
export interface WebhookCounters {
  received: number;
  verified: number;
  badSignature: number;
  /** Verified messages whose webhook-id was seen before: acknowledged, not applied again. */
  duplicates: number;
  /** Verified messages whose body is not a valid message of its type (answered 400). */
  malformed: number;
  applied: number;
  /** Known messages that changed nothing (unknown listing, stream already ended …). */
  noop: number;
  unknownType: number;
  /** enforcement.action messages with an action (or subject) the simulator does not model. */
  ignoredActions: number;
  byType: Record<string, number>;
}

export function newWebhookCounters(): WebhookCounters {
  return {
    received: 0,
    verified: 0,
    badSignature: 0,
    duplicates: 0,
    malformed: 0,
    applied: 0,
    noop: 0,
    unknownType: 0,
    ignoredActions: 0,
    byType: {},
  };
}

export interface SimulatorStats {
  events: SendCounters & { generated: number; byType: Partial<Record<EventType, number>> };
  content: {
    /** listing.upserted, live.segment and comment.posted events generated. */
    contentEvents: number;
    problemEvents: number;
    problemsByKind: Partial<Record<ProblemKind, number>>;
    hardNegatives: number;
  };
  webhooks: WebhookCounters;
  world: {
    streamsLive: number;
    streamsStarted: number;
    streamsFinished: number;
    /** Streams stopped because Xinren asked. */
    streamsStopped: number;
    listingsOnSale: number;
    listingsRemoved: number;
    listingsFlagged: number;
    ordersPlaced: number;
    ordersRefunded: number;
    commentsPosted: number;
    /** Comments hidden because Xinren blocked them. */
    commentsHidden: number;
    commentsFlagged: number;
  };
  /** Set when the simulator stopped sending because of an unrecoverable error (a bad API key). */
  fatalError?: string;
}

export function formatStatusLine(s: SimulatorStats): string {
  const share =
    s.content.contentEvents > 0 ? ((100 * s.content.problemEvents) / s.content.contentEvents).toFixed(1) : '0.0';
  return [
    `events sent ${s.events.sent} accepted ${s.events.accepted} rejected ${s.events.rejected} duplicates ${s.events.duplicates} dropped ${s.events.dropped} queued ${s.events.queued}`,
    `webhooks received ${s.webhooks.received} verified ${s.webhooks.verified} bad ${s.webhooks.badSignature} applied ${s.webhooks.applied}`,
    `streams live ${s.world.streamsLive} stopped ${s.world.streamsStopped}`,
    `listings on sale ${s.world.listingsOnSale} removed ${s.world.listingsRemoved}`,
    `comments ${s.world.commentsPosted} hidden ${s.world.commentsHidden}`,
    `problem share ${share}%`,
  ].join(' | ');
}
