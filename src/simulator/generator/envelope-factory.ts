import type { EventData, EventType } from '../../platform/events/event-types.js';
import type { AnyEnvelope, GeneratedEvent, GroundTruth } from '../ground-truth.js';

/**
 * Wraps event data in CloudEvents envelopes with ids that follow from the seed and the order of
 * generation, so a retried POST carries the same ids and Xinren can drop the duplicates.
 */
export class EnvelopeFactory {
  #sequence = 0;

  constructor(
    readonly namespace: string,
    readonly source: string,
  ) {}

  get created(): number {
    return this.#sequence;
  }

  make<T extends EventType>(type: T, data: EventData<T>, now: number, truth?: GroundTruth): GeneratedEvent {
    this.#sequence++;
    const envelope = {
      specversion: '1.0',
      id: `${this.namespace}-evt-${String(this.#sequence).padStart(8, '0')}`,
      source: this.source,
      type,
      time: new Date(now).toISOString(),
      data,
    } as AnyEnvelope;
    return truth ? { envelope, truth } : { envelope };
  }
}
