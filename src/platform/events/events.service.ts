import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { withPipelinedQueries } from '../db/pipelined-transaction.js';
import { writesTogether } from '../db/writes-together.js';
import { workBell } from '../work-bell.js';
import {
  type EventHandlerRegistry,
  type IntakeTransaction,
  RetryCarefully,
  type StoredEvent,
} from './event-handlers.js';
import { CloudEventEnvelope, EVENT_TYPES, isEventType } from './event-types.js';
import { EventsError, EventsErrorCode } from './events.errors.js';
import { type EventRow, insertEvents, isRepeatedEvent } from './insert-events.js';
import { type IntakeGroupOptions, IntakeGroups } from './intake-groups.js';

export const MAX_BATCH = 1_000;

/** What PostgreSQL answers a statement sent after an earlier one failed in its transaction. */
const IN_FAILED_TRANSACTION = '25P02';

export interface IntakeResult {
  accepted: number;
  duplicates: number[];
  rejected: { index: number; code: EventsErrorCode; message: string }[];
}

interface ValidEvent {
  index: number;
  type: keyof typeof EVENT_TYPES;
  data: Record<string, unknown>;
  /** The row as it is stored; built once per event. */
  row: EventRow;
  /** eventKey(source, id). */
  key: string;
}

const PARTY_FIELDS = ['merchantId', 'hostId', 'buyerId', 'reporterId', 'userId'] as const;

// CloudEvents identify an event by source and id together.
const eventKey = (source: string, id: string) => `${source}\u0000${id}`;

function partyIdsOf(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const f of PARTY_FIELDS) {
    const v = data[f];
    if (typeof v === 'string' && !out.includes(v)) out.push(v);
  }
  return out;
}

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const path = i.path.map(String).join('.');
  return path ? `${path}: ${i.message}` : i.message;
}

export interface IntakeOptions {
  groups?: IntakeGroupOptions;
  /**
   * Only on PostgreSQL, whose clients run in pipeline mode: handlers' independent writes made
   * together go out together (withPipelinedQueries), and intake is optimistic (see #transaction):
   * the events are handed to their handlers while their insert is on its way, and the COMMIT
   * follows the handlers' last writes without waiting for their answers.
   */
  pipelined?: boolean;
}

function storedEvent(v: ValidEvent): StoredEvent {
  return {
    id: v.row.id,
    source: v.row.source,
    type: v.type,
    time: v.row.time ? new Date(v.row.time) : null,
    data: v.data as never,
  };
}

/**
 * POST /v1/events: validation, idempotency by (source, id), storage and dispatch in one transaction
 * (which batches that arrive together share: see IntakeGroups).
 */
export class EventsService {
  readonly #groups: IntakeGroups<ValidEvent[], Set<string>>;
  #retriedCarefully = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly handlers: EventHandlerRegistry,
    private readonly options: IntakeOptions = {},
  ) {
    this.#groups = new IntakeGroups((batches) => this.#commit(batches), { maxEvents: MAX_BATCH, ...options.groups });
  }

  /** Intake transactions committed and the batches they carried (see IntakeGroups). */
  get groupStats(): { groups: number; batches: number } {
    return this.#groups.stats;
  }

  /** Optimistic intake transactions that rolled back and ran again the careful way. */
  get retriedCarefully(): number {
    return this.#retriedCarefully;
  }

  async ingest(batch: unknown, apiKeyId: string | null): Promise<IntakeResult> {
    if (!Array.isArray(batch)) {
      throw new EventsError(EventsErrorCode.NotABatch, 'the body must be a JSON array of CloudEvents (a batch)');
    }
    if (batch.length > MAX_BATCH) {
      throw new EventsError(
        EventsErrorCode.BatchTooLarge,
        `a batch holds at most ${MAX_BATCH} events; this one has ${batch.length}`,
      );
    }
    const result: IntakeResult = { accepted: 0, duplicates: [], rejected: [] };
    const receivedAt = this.clock.now().toISOString();
    const valid: ValidEvent[] = [];
    const seenInBatch = new Set<string>();
    for (let index = 0; index < batch.length; index++) {
      const envelope = CloudEventEnvelope.safeParse(batch[index]);
      if (!envelope.success) {
        result.rejected.push({
          index,
          code: EventsErrorCode.InvalidEnvelope,
          message: describe(envelope.error.issues),
        });
        continue;
      }
      const e = envelope.data;
      if (!isEventType(e.type)) {
        result.rejected.push({ index, code: EventsErrorCode.UnknownType, message: `unknown event type ${e.type}` });
        continue;
      }
      const data = EVENT_TYPES[e.type].safeParse(e.data);
      if (!data.success) {
        result.rejected.push({
          index,
          code: EventsErrorCode.InvalidData,
          message: `data.${describe(data.error.issues)}`,
        });
        continue;
      }
      const key = eventKey(e.source, e.id);
      if (seenInBatch.has(key)) {
        result.duplicates.push(index);
        continue;
      }
      seenInBatch.add(key);
      const parsed = data.data as Record<string, unknown>;
      valid.push({
        index,
        key,
        type: e.type,
        data: parsed,
        row: {
          id: e.id,
          source: e.source,
          type: e.type,
          time: e.time ? new Date(e.time).toISOString() : null,
          subject: e.subject ?? null,
          partyIds: partyIdsOf(parsed),
          data: JSON.stringify(parsed),
          receivedAt,
          apiKeyId,
        },
      });
    }
    if (valid.length === 0) return result;

    const inserted = !this.handlers.handlesAny(valid.map((v) => v.type))
      ? // One INSERT is atomic by itself: a transaction is needed only when handlers write too.
        await this.#store(valid)
      : await this.#groups.submit(valid, valid.length);
    for (const v of valid) {
      if (inserted.has(v.key)) result.accepted++;
      else result.duplicates.push(v.index);
    }
    result.duplicates.sort((a, b) => a - b);
    return result;
  }

  /** Stores events that no handler takes; returns the keys stored (the others were there already). */
  async #store(valid: readonly ValidEvent[]): Promise<Set<string>> {
    const inserted = await insertEvents(
      this.db,
      valid.map((v) => v.row),
    );
    return new Set(inserted.map((r) => eventKey(r.source, r.id)));
  }

  /**
   * Stores the batches' events and runs their handlers in one transaction. Returns, per batch,
   * the keys it stored: an event sent by two batches of the group belongs to the first.
   */
  async #commit(batches: readonly ValidEvent[][]): Promise<Set<string>[]> {
    const firsts: ValidEvent[] = [];
    const owner = new Map<string, number>();
    batches.forEach((batch, b) => {
      for (const v of batch) {
        if (owner.has(v.key)) continue;
        owner.set(v.key, b);
        firsts.push(v);
      }
    });
    let stored: string[];
    if (this.options.pipelined !== true) stored = await this.#transaction(firsts, false);
    else {
      try {
        stored = await this.#transaction(firsts, true);
      } catch (err) {
        if (!(err instanceof RetryCarefully)) throw err;
        this.#retriedCarefully++;
        // What the optimistic transaction took for granted did not hold (most often an event
        // stored before: a request sent again). It rolled back; this one inserts first and hands
        // only the new events to their handlers, which write the careful way.
        stored = await this.#transaction(firsts, false);
      }
    }
    const out = batches.map(() => new Set<string>());
    for (const key of stored) out[owner.get(key) as number]?.add(key);
    return out;
  }

  /**
   * One intake transaction; on a rollback, handlers undo what they keep in memory. Optimistic
   * (pipelined PostgreSQL only), the events are handed to their handlers as new while their
   * insert is on its way, and the COMMIT goes out right behind the handlers' last writes: a batch
   * of live segments takes one round trip. Should an event have been stored before, or a handler's
   * write meet what it did not expect, a statement fails, the COMMIT rolls back, and this throws
   * RetryCarefully.
   */
  async #transaction(events: readonly ValidEvent[], optimistic: boolean): Promise<string[]> {
    const undo: (() => void)[] = [];
    const lastWrites: Promise<unknown>[] = [];
    const intake: IntakeTransaction = {
      optimistic,
      onRollback: (fn) => undo.push(fn),
      commitWith: (write) => {
        lastWrites.push(write);
        // Observed below, once the transaction has ended; a rejection is not unhandled meanwhile.
        write.catch(() => {});
      },
    };
    const work = async (trx: Db) => {
      let stored: string[];
      try {
        stored = optimistic
          ? await this.#handleWhileInserting(trx, events, intake)
          : await this.#insertThenHandle(trx, events, intake);
      } catch (err) {
        // A handler failed after an earlier one handed over its last writes: the rollback waits
        // for them, or a write still queued would run after it, outside the transaction.
        await Promise.allSettled(lastWrites);
        throw err;
      }
      if (!optimistic) await writesTogether(lastWrites);
      return stored;
    };
    try {
      // A stream stop published by a handler is delivered the moment the intake commits.
      return await workBell.afterCommit(async (watch) => {
        const stored = await this.db
          .transaction()
          .execute((tx) =>
            this.options.pipelined ? withPipelinedQueries(tx, (p) => work(watch(p))) : work(watch(tx)),
          );
        // All answered before the COMMIT was; their callbacks (a publish telling the bell) have run now.
        await writesTogether(lastWrites);
        return stored;
      });
    } catch (err) {
      // Answered before the rollback was; once their callbacks have run, handlers forget.
      const failed = (await Promise.allSettled(lastWrites)).flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      for (const fn of undo.reverse()) fn();
      if (!optimistic) throw err;
      // The failure a later statement or the COMMIT reports may only be the aborted transaction:
      // the write that failed first says why.
      throw (
        failed.find((reason) => reason instanceof RetryCarefully) ??
        failed.find((reason) => (reason as { code?: string }).code !== IN_FAILED_TRANSACTION) ??
        err
      );
    }
  }

  /** Inserts the events, then hands the new ones to their handlers; returns their keys. */
  async #insertThenHandle(trx: Db, events: readonly ValidEvent[], intake: IntakeTransaction): Promise<string[]> {
    const rows = await insertEvents(
      trx,
      events.map((v) => v.row),
    );
    const stored = new Set(rows.map((r) => eventKey(r.source, r.id)));
    await this.handlers.dispatch(trx, events.filter((v) => stored.has(v.key)).map(storedEvent), intake);
    return [...stored];
  }

  /**
   * Optimistic: hands every event to its handlers while its insert is on its way, so that their
   * writes go out with it instead of one round trip later. Nearly always every event is new; the
   * insert of one stored before fails (and with it the transaction) with RetryCarefully.
   */
  async #handleWhileInserting(trx: Db, events: readonly ValidEvent[], intake: IntakeTransaction): Promise<string[]> {
    intake.commitWith(
      insertEvents(
        trx,
        events.map((v) => v.row),
        'fail',
      ).catch((err: unknown) => {
        throw isRepeatedEvent(err) ? new RetryCarefully('an event of the batch was stored before') : err;
      }),
    );
    await this.handlers.dispatch(trx, events.map(storedEvent), intake);
    return events.map((v) => v.key);
  }

  async listRecent(filter: { type?: string; limit: number; partyId?: string }) {
    let q = this.db
      .selectFrom('evtEvents')
      .select(['seq', 'id', 'source', 'type', 'time', 'receivedAt', 'data'])
      .orderBy('seq', 'desc')
      .limit(filter.limit);
    if (filter.type) q = q.where('type', '=', filter.type);
    if (filter.partyId) q = q.where(sql<boolean>`party_ids @> array[${filter.partyId}]::text[]`);
    return q.execute();
  }
}
