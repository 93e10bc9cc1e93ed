import type { EventData, EventType } from '../../platform/events/event-types.js';
import type { GeneratedEvent, GroundTruth } from '../ground-truth.js';
import type { Random } from '../random.js';
import type { IdSequence } from '../world/id-sequence.js';
import type { World } from '../world/world.js';

/** What an action of the generator works with. */
export interface SimContext {
  readonly world: World;
  readonly rng: Random;
  readonly ids: IdSequence;
  /** Share of listings that carry a problem. */
  readonly problemShare: number;
  /** Chance that a transcript segment outside an episode starts a problem episode. */
  readonly liveEpisodeProbability: number;
  /** Simulation time of the step, epoch ms. */
  readonly now: number;
  emit<T extends EventType>(type: T, data: EventData<T>, truth?: GroundTruth): GeneratedEvent;
}

export function money(amount: number): { amount: number; currency: 'CNY' } {
  return { amount, currency: 'CNY' };
}
