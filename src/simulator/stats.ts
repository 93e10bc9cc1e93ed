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
  /** enforcement.action messages that changed the world, by action code (lifts included). */
  enforcementByAction: Record<string, number>;
  /** enforcement.action messages that found the world already so (a stream already ended …), by action code. */
  enforcementUnchanged: Record<string, number>;
  reportsAcknowledged: number;
  reportsDecided: { violation: number; no_violation: number };
  appealsReceived: number;
  appealsDecided: { upheld: number; reversed: number; modified: number };
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
    enforcementByAction: {},
    enforcementUnchanged: {},
    reportsAcknowledged: 0,
    reportsDecided: { violation: 0, no_violation: 0 },
    appealsReceived: 0,
    appealsDecided: { upheld: 0, reversed: 0, modified: 0 },
  };
}

/** Appeals the simulated merchants and hosts decided to file, and what became of the filing. */
export interface AppealCounters {
  /** Decisions (with a measure on a merchant or host) the simulator heard of. */
  decisionsSeen: number;
  /** Decisions whose party chose to appeal. */
  planned: number;
  filed: number;
  /** Xinren refused the appeal (already open, window closed, decision not in effect …). */
  refused: number;
  /** Xinren could not be reached after retries. */
  failed: number;
  /** No key could be created for the party (the simulator's key lacks the admin scope). */
  noCredential: number;
  /** Planned but not yet filed when the simulator stopped. */
  dropped: number;
}

export function newAppealCounters(): AppealCounters {
  return { decisionsSeen: 0, planned: 0, filed: 0, refused: 0, failed: 0, noCredential: 0, dropped: 0 };
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
  /** Whether Xinren registered the run's flagger as trusted (it needs a key with the admin scope). */
  reports: { trustedFlagger: boolean };
  appeals: AppealCounters & {
    /** appeal.received messages. */
    received: number;
    /** appeal.decided reversed or modified. */
    accepted: number;
    /** appeal.decided upheld. */
    rejected: number;
  };
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
    listingsDemoted: number;
    warnings: number;
    /** Fen. */
    depositDeducted: number;
    depositRefunded: number;
    /** Accounts with each measure in force now. */
    measuresInForce: Record<'merchant' | 'host' | 'buyer', Partial<Record<string, number>>>;
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
    `reports ${s.events.byType['report.filed'] ?? 0} acknowledged ${s.webhooks.reportsAcknowledged}`,
    `enforcement ${sum(s.webhooks.enforcementByAction)}`,
    `appeals filed ${s.appeals.filed} accepted ${s.appeals.accepted} rejected ${s.appeals.rejected}`,
    `problem share ${share}%`,
  ].join(' | ');
}

function sum(counts: Readonly<Record<string, number | undefined>>): number {
  let total = 0;
  for (const n of Object.values(counts)) total += n ?? 0;
  return total;
}

function list(counts: Readonly<Record<string, number | undefined>>): string {
  const entries = Object.entries(counts).filter(([, n]) => (n ?? 0) > 0);
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}

/** The end-of-run summary: what was sent, what Xinren did about it, and what the platform applied. */
export function formatSummary(s: SimulatorStats): string {
  const w = s.webhooks;
  const a = s.appeals;
  const m = s.world.measuresInForce;
  return [
    `events: generated ${s.events.generated}, accepted ${s.events.accepted}, rejected ${s.events.rejected}`,
    `reports: filed ${s.events.byType['report.filed'] ?? 0} (trusted flagger ${s.reports.trustedFlagger ? 'registered' : 'not registered'}), acknowledged ${w.reportsAcknowledged}, decided violation ${w.reportsDecided.violation} / no violation ${w.reportsDecided.no_violation}`,
    `streams: started ${s.world.streamsStarted}, stopped by Xinren ${s.world.streamsStopped}, finished ${s.world.streamsFinished}`,
    `webhooks: received ${w.received}, applied ${w.applied}, no change ${w.noop}, not modelled ${w.ignoredActions}, bad signature ${w.badSignature}`,
    `enforcement applied: ${list(w.enforcementByAction)}`,
    `enforcement with no change (already so, or an account it does not know): ${list(w.enforcementUnchanged)}`,
    `in force now: merchants ${list(m.merchant)}; hosts ${list(m.host)}; buyers ${list(m.buyer)}`,
    `deposits: deducted ¥${(s.world.depositDeducted / 100).toFixed(2)}, refunded ¥${(s.world.depositRefunded / 100).toFixed(2)}; warnings ${s.world.warnings}; listings demoted ${s.world.listingsDemoted}`,
    `appeals: decisions seen ${a.decisionsSeen}, planned ${a.planned}, filed ${a.filed}, refused ${a.refused}, failed ${a.failed}, no key ${a.noCredential}, not yet filed ${a.dropped}; received ${a.received}; accepted ${a.accepted}, rejected ${a.rejected}`,
  ].join('\n');
}
