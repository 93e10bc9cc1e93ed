import type { Db } from '../db/database.js';
import type { EventData, EventType } from './event-types.js';

/** An event of the batch that was new, as its handlers get it. */
export interface StoredEvent<T extends EventType = EventType> {
  id: string;
  source: string;
  type: T;
  time: Date | null;
  data: EventData<T>;
}

/** What a handler may ask of the intake transaction it runs in. */
export interface IntakeTransaction {
  /**
   * Runs `undo` should the transaction roll back: a handler that keeps state in process memory
   * forgets what it learned from events that were never stored (they may come again).
   */
  onRollback(undo: () => void): void;
  /**
   * True when the batch's events were taken for new while their insert is on its way (pipelined
   * PostgreSQL): a write whose outcome would change what this batch does (a stale version, say)
   * may then fail with RetryCarefully instead, and the batch runs again the careful way.
   */
  readonly optimistic: boolean;
  /**
   * Hands over the handler's last writes: the intake waits for them before it commits, or, when
   * optimistic, sends its COMMIT right behind them and waits for them all at once (one round trip
   * for the whole batch). Each write's statements must be sent already (made without waiting for
   * anything first), and must fail in the database if they fail at all: a failed statement makes
   * the COMMIT roll back, and nothing else can once it is sent.
   */
  commitWith(write: Promise<unknown>): void;
}

/**
 * What an optimistic intake transaction took for granted did not hold (an event was stored
 * before, another process wrote a live session): it rolls back and the batch runs again, the
 * careful way.
 */
export class RetryCarefully extends Error {}

/** Runs inside the intake transaction with the batch's new (non-duplicate) events of its type. */
export type EventHandler<T extends EventType> = (
  trx: Db,
  events: StoredEvent<T>[],
  intake: IntakeTransaction,
) => Promise<void>;

/** Where domains register what they do with each event type. */
export class EventHandlerRegistry {
  readonly #handlers = new Map<EventType, EventHandler<any>[]>();

  on<T extends EventType>(type: T, handler: EventHandler<T>): void {
    const list = this.#handlers.get(type) ?? [];
    list.push(handler);
    this.#handlers.set(type, list);
  }

  /** Whether any of these types has a handler (else intake needs no transaction). */
  handlesAny(types: Iterable<EventType>): boolean {
    for (const t of types) if (this.#handlers.has(t)) return true;
    return false;
  }

  async dispatch(trx: Db, events: StoredEvent[], intake: IntakeTransaction): Promise<void> {
    if (this.#handlers.size === 0) return;
    const byType = new Map<EventType, StoredEvent[]>();
    for (const e of events) {
      if (!this.#handlers.has(e.type)) continue;
      const list = byType.get(e.type) ?? [];
      list.push(e);
      byType.set(e.type, list);
    }
    for (const [type, list] of byType) {
      for (const handler of this.#handlers.get(type) ?? []) await handler(trx, list, intake);
    }
  }
}
