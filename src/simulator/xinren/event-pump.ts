import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.js';
import type { GeneratedEvent } from '../ground-truth.js';
import type { SendCounters } from '../stats.js';
import { MAX_EVENTS_PER_POST, type PostEventsOutcome } from './events-client.js';

/** What the pump draws events from (the Simulation). */
export interface EventSource {
  tick(now: number): GeneratedEvent[];
  idle(now: number): GeneratedEvent[];
}

export interface EventPumpOptions {
  source: EventSource;
  post: (events: GeneratedEvent['envelope'][]) => Promise<PostEventsOutcome>;
  clock: Clock;
  counters: SendCounters;
  logger: Logger;
  intervalMs?: number;
  /** Above this many unsent events the pump stops generating until Xinren catches up. */
  maxQueue?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  onGenerated?: (events: readonly GeneratedEvent[]) => void;
  /** Called once when sending cannot go on (the API key is refused). */
  onFatal?: (error: Error) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every interval: draws the events due from the source, and sends the queue in batches of at most
 * 1000, one request at a time. A failed request is retried with exponential backoff and the same
 * events, hence the same ids, so that Xinren can drop what it already stored.
 */
export class EventPump {
  readonly #queue: GeneratedEvent[] = [];
  #timer: NodeJS.Timeout | undefined;
  #sending: Promise<void> | undefined;
  #backoffMs = 0;
  #retryAt = 0;
  #fatal: Error | undefined;

  constructor(private readonly options: EventPumpOptions) {}

  get fatalError(): Error | undefined {
    return this.#fatal;
  }

  start(): void {
    if (this.#timer) return;
    this.#collect();
    this.#timer = setInterval(() => this.pumpOnce(), this.options.intervalMs ?? 250);
  }

  /** One interval's work; exposed for tests. */
  pumpOnce(): void {
    if (this.#fatal) return;
    this.#collect();
    this.#kick();
  }

  /** Stops generating, then tries to send what is queued until `timeoutMs` runs out. */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    const deadline = Date.now() + timeoutMs;
    this.#queue.push(...this.#take(this.options.source.idle(this.#now())));
    this.#updateQueued();
    await this.#sending;
    while (this.#queue.length > 0 && !this.#fatal && Date.now() < deadline) {
      const wait = this.#retryAt - Date.now();
      if (wait > 0) await sleep(Math.min(wait, deadline - Date.now()));
      if (Date.now() >= deadline) break;
      await this.#sendBatch();
    }
    if (this.#queue.length > 0)
      this.options.logger.warn({ unsent: this.#queue.length }, 'stopped with events not sent');
  }

  #now(): number {
    return this.options.clock.now().getTime();
  }

  #take(events: GeneratedEvent[]): GeneratedEvent[] {
    if (events.length > 0) this.options.onGenerated?.(events);
    return events;
  }

  #collect(): void {
    const now = this.#now();
    const full = this.#queue.length >= (this.options.maxQueue ?? 50_000);
    const events = this.#take(full ? this.options.source.idle(now) : this.options.source.tick(now));
    for (const event of events) this.#queue.push(event);
    this.#updateQueued();
  }

  #kick(): void {
    if (this.#sending || this.#queue.length === 0 || Date.now() < this.#retryAt) return;
    this.#sending = this.#sendBatch().finally(() => {
      this.#sending = undefined;
      // Keep up with a high rate: send the next full batch without waiting for the timer.
      if (this.#timer && this.#queue.length >= MAX_EVENTS_PER_POST) this.#kick();
    });
  }

  async #sendBatch(): Promise<void> {
    const { counters, logger } = this.options;
    const batch = this.#queue.slice(0, MAX_EVENTS_PER_POST);
    if (batch.length === 0) return;
    const outcome = await this.options.post(batch.map((e) => e.envelope));
    switch (outcome.kind) {
      case 'ok': {
        this.#queue.splice(0, batch.length);
        this.#backoffMs = 0;
        this.#retryAt = 0;
        const { answer } = outcome;
        counters.postsOk++;
        counters.sent += batch.length;
        counters.accepted += answer.accepted;
        counters.duplicates += answer.duplicates.length;
        counters.rejected += answer.rejected.length;
        for (const r of answer.rejected) {
          const event = batch[r.index]?.envelope;
          logger.warn(
            { eventId: event?.id, type: event?.type, code: r.code, message: r.message },
            'event rejected by Xinren',
          );
        }
        break;
      }
      case 'retry': {
        counters.postsFailed++;
        const initial = this.options.initialBackoffMs ?? 250;
        this.#backoffMs = Math.min(
          this.options.maxBackoffMs ?? 10_000,
          this.#backoffMs === 0 ? initial : this.#backoffMs * 2,
        );
        // Jitter spreads retries of several simulators; it is not part of what is generated.
        const delay = Math.max(outcome.retryAfterMs ?? 0, this.#backoffMs * (0.75 + Math.random() * 0.5));
        this.#retryAt = Date.now() + delay;
        logger.warn(
          { reason: outcome.reason, events: batch.length, retryInMs: Math.round(delay) },
          'POST /v1/events failed; will retry',
        );
        break;
      }
      case 'refused': {
        counters.postsFailed++;
        this.#queue.splice(0, batch.length);
        counters.dropped += batch.length;
        logger.error({ reason: outcome.reason, events: batch.length }, 'Xinren refused a batch of events; dropped');
        break;
      }
      case 'unauthorized': {
        counters.postsFailed++;
        this.#fatal = new Error(`Xinren refused the API key: ${outcome.reason}`);
        if (this.#timer) clearInterval(this.#timer);
        this.#timer = undefined;
        logger.error({ reason: outcome.reason }, 'Xinren refused the API key; stopped sending');
        this.options.onFatal?.(this.#fatal);
        break;
      }
    }
    this.#updateQueued();
  }

  #updateQueued(): void {
    this.options.counters.queued = this.#queue.length;
  }
}
