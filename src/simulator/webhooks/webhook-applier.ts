import type { Logger } from 'pino';
import type { EventData, EventType } from '../../platform/events/event-types.js';
import { isWebhookType, WEBHOOK_TYPES, type WebhookData } from '../../platform/outbox/webhook-types.js';
import type { WebhookCounters } from '../stats.js';
import { isAccountMeasure } from '../world/standing.js';
import type { AccountKind, World } from '../world/world.js';

/** What the applier changes: the world, and the events that the changes cause. */
export interface WebhookTarget {
  readonly world: World;
  react<T extends EventType>(type: T, data: EventData<T>, now: number): void;
}

export type ApplyOutcome = 'applied' | 'noop' | 'unknown_type' | 'ignored_action';

type Enforcement = WebhookData<'enforcement.action'>;

/** A measure that a governance decision put on a merchant or host, which it may appeal. */
export interface DecisionMeasure {
  decisionId: string;
  partyKind: 'merchant' | 'host';
  partyId: string;
  action: string;
  automatic: boolean;
}

export interface ApplierHooks {
  /** Every measure a decision starts on a merchant or host (not its lifts). */
  onDecisionMeasure?: (measure: DecisionMeasure) => void;
}

// Codes that start a measure, and the one-offs that have nothing to lift.
const STARTING_ACTIONS: ReadonlySet<string> = new Set([
  'remove_listing',
  'demote_listing',
  'restrict_traffic',
  'stop_stream',
  'suspend_live',
  'forbid_new_listings',
  'freeze_settlement',
  'deduct_deposit',
  'suspend_account',
  'terminate_account',
  'warn',
]);
const NOTHING_TO_LIFT: ReadonlySet<string> = new Set(['lift_stop_stream', 'lift_warn', 'lift_restore_listing']);
// Measures that end the account's live streams at once.
const ENDS_STREAMS: ReadonlySet<string> = new Set(['suspend_live', 'suspend_account', 'terminate_account']);

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
    private readonly hooks: ApplierHooks = {},
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
    const { counters } = this;
    switch (type) {
      case 'webhook.test':
        return 'noop';
      // The reporter's receipt and outcome, and the appellant's: the platform passes them on.
      case 'report.acknowledged':
        counters.reportsAcknowledged++;
        return 'applied';
      case 'report.decided': {
        const outcome = (parsed.data as WebhookData<'report.decided'>).outcome;
        counters.reportsDecided[outcome]++;
        return 'applied';
      }
      case 'appeal.received':
        counters.appealsReceived++;
        return 'applied';
      // The measures an appeal changes arrive as enforcement.action messages of their own.
      case 'appeal.decided': {
        const outcome = (parsed.data as WebhookData<'appeal.decided'>).outcome;
        counters.appealsDecided[outcome]++;
        return 'applied';
      }
      case 'stream.stop_requested':
        return this.#stopStream((parsed.data as WebhookData<'stream.stop_requested'>).sessionId, 'stop request')
          ? 'applied'
          : 'noop';
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
        return this.#enforce(parsed.data as Enforcement);
    }
  }

  #stopStream(sessionId: string, why: string): boolean {
    const now = this.now();
    const ended = this.target.world.endSession(sessionId, 'stopped', now);
    if (!ended) return false;
    this.target.react('live.ended', ended, now);
    this.logger.info({ sessionId, why }, 'live stream stopped at Xinren’s request');
    return true;
  }

  #enforce(d: Enforcement): ApplyOutcome {
    const outcome = this.#enforceOn(d);
    if (outcome === 'ignored_action') {
      this.logger.info(
        { action: d.action, subjectType: d.subjectType },
        'enforcement action not modelled by the simulator',
      );
      return outcome;
    }
    const byAction = outcome === 'applied' ? this.counters.enforcementByAction : this.counters.enforcementUnchanged;
    byAction[d.action] = (byAction[d.action] ?? 0) + 1;
    // A repeated message (the same measure again) is no new reason to appeal; the filer decides once per decision anyway.
    if (
      STARTING_ACTIONS.has(d.action) &&
      d.decisionId !== undefined &&
      (d.partyKind === 'merchant' || d.partyKind === 'host') &&
      d.partyId !== undefined &&
      // Only the platform's own merchants and hosts appeal (not a case subject Xinren could not name).
      this.target.world.account(d.partyKind, d.partyId) !== undefined
    ) {
      this.hooks.onDecisionMeasure?.({
        decisionId: d.decisionId,
        partyKind: d.partyKind,
        partyId: d.partyId,
        action: d.action,
        automatic: d.automatic ?? false,
      });
    }
    return outcome;
  }

  #enforceOn(d: Enforcement): ApplyOutcome {
    const { world } = this.target;
    const changed = (ok: boolean): ApplyOutcome => (ok ? 'applied' : 'noop');
    if (NOTHING_TO_LIFT.has(d.action)) return 'noop';
    switch (d.subjectType) {
      case 'listing':
        switch (d.action) {
          case 'remove_listing':
            return changed(world.blockListing(d.subjectId, d.reason));
          case 'restore_listing':
          case 'lift_remove_listing':
            return changed(world.restoreListing(d.subjectId));
          case 'demote_listing':
            return changed(world.demoteListing(d.subjectId, untilMs(d.until, this.logger)));
          case 'lift_demote_listing':
            return changed(world.undemoteListing(d.subjectId));
          default:
            return 'ignored_action';
        }
      case 'live_session':
        return d.action === 'stop_stream' ? changed(this.#stopStream(d.subjectId, d.reason)) : 'ignored_action';
      case 'merchant':
      case 'host':
      case 'buyer':
        return this.#enforceOnAccount(d, d.subjectType);
    }
  }

  #enforceOnAccount(d: Enforcement, kind: AccountKind): ApplyOutcome {
    const { world } = this.target;
    const changed = (ok: boolean): ApplyOutcome => (ok ? 'applied' : 'noop');
    const lift = d.action.startsWith('lift_');
    const measure = lift ? d.action.slice('lift_'.length) : d.action;
    if (isAccountMeasure(measure)) {
      if (lift) return changed(world.liftMeasure(kind, d.subjectId, measure));
      const until = untilMs(d.until, this.logger);
      const ok = world.imposeMeasure(kind, d.subjectId, measure, until);
      if (ENDS_STREAMS.has(measure) && until > this.now()) {
        for (const sessionId of world.sessionsOf(kind, d.subjectId)) this.#stopStream(sessionId, d.action);
      }
      return changed(ok);
    }
    switch (d.action) {
      case 'warn':
        return changed(world.warn(kind, d.subjectId));
      case 'deduct_deposit': {
        // The sanction id keeps a redelivered or repeated message from deducting twice.
        const sanctionId = d.sanctionId ?? `${d.decisionId ?? 'unknown'}:${d.subjectId}`;
        return changed(world.deductDeposit(kind, d.subjectId, sanctionId, d.amountMinor ?? 0));
      }
      case 'lift_deduct_deposit':
        return changed(
          world.refundDeposit(kind, d.subjectId, d.sanctionId ?? `${d.decisionId ?? 'unknown'}:${d.subjectId}`),
        );
      default:
        return 'ignored_action';
    }
  }
}
