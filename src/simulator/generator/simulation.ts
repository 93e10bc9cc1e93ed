import type { EventData, EventType } from '../../platform/events/event-types.js';
import { liveEpisodeProbability } from '../content/problems.js';
import { CONTENT_EVENT_TYPES, type GeneratedEvent, type GroundTruth, type ProblemKind } from '../ground-truth.js';
import { Random } from '../random.js';
import { IdSequence } from '../world/id-sequence.js';
import { populateWorld } from '../world/populate-world.js';
import type { World } from '../world/world.js';
import { WorldConfig, type WorldConfigInput } from '../world/world-config.js';
import { postListingComment, postLiveChat } from './comment-actions.js';
import { EnvelopeFactory } from './envelope-factory.js';
import { publishListing, repriceListing } from './listing-actions.js';
import { speakSegment, startLive } from './live-actions.js';
import {
  deliverOrder,
  payOrder,
  placeOrder,
  refundReturn,
  refundUnshipped,
  requestReturn,
  shipOrder,
} from './order-actions.js';
import type { SimContext } from './sim-context.js';
import { fileReport, submitFeedback } from './voice-actions.js';

export interface SimulationOptions {
  seed: number;
  /** Events per second of simulation time. */
  rate: number;
  problemShare: number;
  /** Distinguishes runs with the same seed against the same Xinren (ids differ, content does not). */
  run?: string;
  world?: WorldConfigInput;
}

export interface GenerationStats {
  generated: number;
  byType: Partial<Record<EventType, number>>;
  /** listing.upserted, live.segment and comment.posted events: the ones whose text Xinren screens. */
  contentEvents: number;
  problemEvents: number;
  problemsByKind: Partial<Record<ProblemKind, number>>;
  hardNegatives: number;
}

type Action = (ctx: SimContext) => GeneratedEvent[];

// Bursts after a pause are capped: catching up on a minute of silence would flood Xinren.
const MAX_BUDGET_SECONDS = 2;
const ATTEMPTS_PER_STEP = 6;

export function namespaceFor(seed: number, run?: string): string {
  return run ? `sim${seed}-${run}` : `sim${seed}`;
}

/**
 * The simulated platform in motion: a world, a seeded random stream and the actions that change
 * the world and say so in events. Same options and same tick times → same events.
 */
export class Simulation implements SimContext {
  readonly world: World;
  readonly rng: Random;
  readonly ids: IdSequence;
  readonly problemShare: number;
  readonly liveEpisodeProbability: number;
  readonly rate: number;
  readonly factory: EnvelopeFactory;
  readonly stats: GenerationStats = {
    generated: 0,
    byType: {},
    contentEvents: 0,
    problemEvents: 0,
    problemsByKind: {},
    hardNegatives: 0,
  };
  now = 0;
  #pending: GeneratedEvent[] = [];
  #budget = 0;
  #lastTick: number | undefined;

  constructor(options: SimulationOptions) {
    if (!(options.problemShare >= 0 && options.problemShare <= 1))
      throw new RangeError('problemShare must be within [0, 1]');
    if (!(options.rate >= 0)) throw new RangeError('rate must be ≥ 0');
    const namespace = namespaceFor(options.seed, options.run);
    const root = new Random(options.seed);
    this.rng = root.fork('traffic');
    this.ids = new IdSequence(namespace);
    this.world = populateWorld(WorldConfig.parse(options.world ?? {}), root.fork('world'), this.ids);
    this.problemShare = options.problemShare;
    this.liveEpisodeProbability = liveEpisodeProbability(options.problemShare);
    this.rate = options.rate;
    this.factory = new EnvelopeFactory(namespace, `sim://${options.seed}`);
  }

  emit<T extends EventType>(type: T, data: EventData<T>, truth?: GroundTruth): GeneratedEvent {
    const event = this.factory.make(type, data, this.now, truth);
    this.#count(event);
    return event;
  }

  /**
   * An event caused by something outside the generator (a webhook): it goes out with the next
   * tick, whatever the rate budget.
   */
  react<T extends EventType>(type: T, data: EventData<T>, now: number): void {
    const event = this.factory.make(type, data, now);
    this.#count(event);
    this.#pending.push(event);
  }

  /** The events due by `now`: reactions first, then as many as the rate allows since the last tick. */
  tick(now: number): GeneratedEvent[] {
    const out = this.#pending.splice(0);
    this.now = now;
    if (this.#lastTick !== undefined && now > this.#lastTick) {
      const elapsed = (now - this.#lastTick) / 1000;
      this.#budget = Math.min(this.#budget + this.rate * elapsed, Math.max(1, this.rate * MAX_BUDGET_SECONDS));
    }
    this.#lastTick = now;
    while (this.#budget >= 1) {
      const events = this.step();
      if (events.length === 0) break;
      out.push(...events);
      this.#budget -= events.length;
    }
    return out;
  }

  /** Lets time pass without generating (back-pressure), still handing out reactions. */
  idle(now: number): GeneratedEvent[] {
    this.#lastTick = now;
    this.now = now;
    return this.#pending.splice(0);
  }

  /** One thing happening on the platform; empty when nothing could happen. */
  step(): GeneratedEvent[] {
    const choices = this.#choices();
    for (let attempt = 0; attempt < ATTEMPTS_PER_STEP && choices.length > 0; attempt++) {
      const choice = this.rng.weighted(choices);
      const events = choice.action(this);
      if (events.length > 0) return events;
    }
    return [];
  }

  #choices(): { action: Action; weight: number }[] {
    const { world } = this;
    const o = world.orders;
    const all: { action: Action; weight: number }[] = [
      {
        action: publishListing,
        weight: world.catalogueBacklog.length > 0 ? 60 : world.listings.size < world.config.maxListings ? 0.8 : 0,
      },
      { action: repriceListing, weight: 0.3 },
      { action: startLive, weight: world.liveSessions.size < world.config.maxLiveSessions ? 1.2 : 0 },
      { action: speakSegment, weight: world.liveSessions.size > 0 ? 9 : 0 },
      { action: postLiveChat, weight: world.liveSessions.size > 0 ? 4 : 0 },
      { action: postListingComment, weight: world.listings.size > 0 ? 1.2 : 0 },
      { action: placeOrder, weight: world.listings.size > 0 ? 6 : 0 },
      // Weights that grow with the queue keep each order state small and give orders a delay.
      { action: payOrder, weight: Math.min(8, 0.25 * o.placed.size) },
      { action: shipOrder, weight: Math.min(8, 0.2 * o.paid.size) },
      { action: deliverOrder, weight: Math.min(8, 0.15 * o.shipped.size) },
      { action: refundUnshipped, weight: Math.min(0.3, 0.01 * o.paid.size) },
      { action: requestReturn, weight: Math.min(0.4, 0.002 * o.delivered.size) },
      { action: refundReturn, weight: Math.min(1, 0.1 * o.return_requested.size) },
      { action: fileReport, weight: 0.5 },
      { action: submitFeedback, weight: 0.9 },
    ];
    return all.filter((c) => c.weight > 0);
  }

  #count(event: GeneratedEvent): void {
    const s = this.stats;
    const type = event.envelope.type;
    s.generated++;
    s.byType[type] = (s.byType[type] ?? 0) + 1;
    if (!CONTENT_EVENT_TYPES.has(type)) return;
    s.contentEvents++;
    const problem = event.truth?.problem;
    if (problem) {
      s.problemEvents++;
      s.problemsByKind[problem.kind] = (s.problemsByKind[problem.kind] ?? 0) + 1;
    } else if (event.truth?.hardNegative) {
      s.hardNegatives++;
    }
  }
}
