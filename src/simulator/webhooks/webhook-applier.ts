import type { Logger } from 'pino';
import type { EventData, EventType } from '../../platform/events/event-types.js';
import { isWebhookType, WEBHOOK_TYPES, type WebhookData } from '../../platform/outbox/webhook-types.js';
import type { WebhookCounters } from '../stats.js';
import type { World } from '../world/world.js';

/** What the applier changes: the world, and the events that the changes cause. */
export interface WebhookTarget {
  readonly world: World;
  react<T extends EventType>(type: T, data: EventData<T>, now: number): void;
}

export type ApplyOutcome = 'applied' | 'noop' | 'unknown_type' | 'ignored_action';

/** A verified message whose data does not match the schema of its type. */
export class MalformedWebhookError extends Error {}

/** An `until` Xinren leaves out (or sends unreadable) means until further notice. */
function untilMs(until: string | undefined, logger: Logger): number {
  if (until === undefined) return Number.POSITIVE_INFINITY;
  const ms = Date.parse(until);
  if (Number.isNaN(ms)) {
    logger.warn({ until }, 'enforcement.action with an unreadable until: treated as indefinite');
    return Number.POSITIVE_INFINITY;
  }
  return ms;
}

/** Applies Xinren's webhook messages to the simulated platform. */
export class WebhookApplier {
  constructor(
    private readonly target: WebhookTarget,
    private readonly counters: WebhookCounters,
    private readonly now: () => number,
    private readonly logger: Logger,
  ) {}

  apply(type: string, data: unknown): ApplyOutcome {
    this.counters.byType[type] = (this.counters.byType[type] ?? 0) + 1;
    const outcome = this.#apply(type, data);
    if (outcome === 'applied') this.counters.applied++;
    else if (outcome === 'noop') this.counters.noop++;
    else if (outcome === 'unknown_type') this.counters.unknownType++;
    else this.counters.ignoredActions++;
    return outcome;
  }

  #apply(type: string, raw: unknown): ApplyOutcome {
    if (!isWebhookType(type)) {
      this.logger.info({ type }, 'webhook of an unknown type acknowledged');
      return 'unknown_type';
    }
    const parsed = WEBHOOK_TYPES[type].safeParse(raw);
    if (!parsed.success)
      throw new MalformedWebhookError(`${type}: ${parsed.error.issues[0]?.message ?? 'invalid data'}`);
    const { world } = this.target;
    switch (type) {
      case 'webhook.test':
      // A receipt and an outcome for the reporter: the marketplace itself does not change.
      case 'report.acknowledged':
      case 'report.decided':
      // Appeals are between the merchant or host and Xinren; their outcome arrives as enforcement actions.
      case 'appeal.received':
      case 'appeal.decided':
        return 'noop';
      case 'stream.stop_requested':
        return this.#stopStream(parsed.data as WebhookData<'stream.stop_requested'>);
      case 'listing.blocked': {
        const d = parsed.data as WebhookData<'listing.blocked'>;
        return world.blockListing(d.listingId, d.reason) ? 'applied' : 'noop';
      }
      case 'listing.restored':
        return world.restoreListing((parsed.data as WebhookData<'listing.restored'>).listingId) ? 'applied' : 'noop';
      case 'listing.flagged':
        return world.flagListing((parsed.data as WebhookData<'listing.flagged'>).listingId) ? 'applied' : 'noop';
      // A blocked comment is hidden from the page or live room; a flagged one stays up, counted.
      case 'comment.blocked':
        return world.hideComment((parsed.data as WebhookData<'comment.blocked'>).commentId) ? 'applied' : 'noop';
      case 'comment.flagged':
        return world.flagComment((parsed.data as WebhookData<'comment.flagged'>).commentId) ? 'applied' : 'noop';
      case 'enforcement.action':
        return this.#enforce(parsed.data as WebhookData<'enforcement.action'>);
    }
  }

  #stopStream(d: WebhookData<'stream.stop_requested'>): ApplyOutcome {
    const now = this.now();
    const ended = this.target.world.endSession(d.sessionId, 'stopped', now);
    if (!ended) return 'noop';
    this.target.react('live.ended', ended, now);
    this.logger.info({ sessionId: d.sessionId, reason: d.reason }, 'live stream stopped at Xinren’s request');
    return 'applied';
  }

  #enforce(d: WebhookData<'enforcement.action'>): ApplyOutcome {
    const { world } = this.target;
    const changed = (ok: boolean): ApplyOutcome => (ok ? 'applied' : 'noop');
    switch (`${d.action}:${d.subjectType}`) {
      case 'suspend_live:host':
        return changed(world.suspendHostLive(d.subjectId, untilMs(d.until, this.logger)));
      case 'remove_listing:listing':
        return changed(world.blockListing(d.subjectId, d.reason));
      case 'restore_listing:listing':
        return changed(world.restoreListing(d.subjectId));
      case 'suspend_account:merchant':
        return changed(world.suspendMerchant(d.subjectId, untilMs(d.until, this.logger)));
      case 'suspend_account:host':
        return changed(world.suspendHostAccount(d.subjectId, untilMs(d.until, this.logger)));
      case 'suspend_account:buyer':
        return changed(world.suspendBuyer(d.subjectId, untilMs(d.until, this.logger)));
      default:
        this.logger.info(
          { action: d.action, subjectType: d.subjectType },
          'enforcement action not modelled by the simulator',
        );
        return 'ignored_action';
    }
  }
}
