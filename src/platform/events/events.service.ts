import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { withPipelinedQueries } from '../db/pipelined-transaction.js';
import { writesTogether } from '../db/writes-together.js';
import { workBell } from '../work-bell.js';
import type { EventHandlerRegistry, IntakeTransaction, StoredEvent } from './event-handlers.js';
import { CloudEventEnvelope, EVENT_TYPES, isEventType } from './event-types.js';
import { EventsError, EventsErrorCode } from './events.errors.js';
import { type EventRow, insertEvents } from './insert-events.js';
import { type IntakeGroupOptions, IntakeGroups } from './intake-groups.js';

export const MAX_BATCH = 1_000;

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
   * together go out together (withPipelinedQueries), and the events are handed to their handlers
   * while their insert is on its way (taken for new; a batch with one stored before goes again).
   */
  pipelined?: boolean;
}

/** An intake that took every event of its batch for new met one stored before. */
class SomeStoredAlready extends Error {}

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
    try {
      stored = await this.#transaction(firsts, this.options.pipelined === true);
    } catch (err) {
      if (!(err instanceof SomeStoredAlready)) throw err;
      // The events were handled as new, but some had been stored before (a request sent again):
      // that transaction rolled back, and this one hands only the new ones to their handlers.
      stored = await this.#transaction(firsts, false);
    }
    const out = batches.map(() => new Set<string>());
    for (const key of stored) out[owner.get(key) as number]?.add(key);
    return out;
  }

  /** One intake transaction; on a rollback, handlers undo what they keep in memory. */
  async #transaction(events: readonly ValidEvent[], optimistic: boolean): Promise<string[]> {
    const undo: (() => void)[] = [];
    const intake: IntakeTransaction = { onRollback: (fn) => undo.push(fn) };
    const work = (trx: Db) =>
      optimistic ? this.#insertWhileHandling(trx, events, intake) : this.#insertThenHandle(trx, events, intake);
    try {
      // A stream stop published by a handler is delivered the moment the intake commits.
      return await workBell.afterCommit((watch) =>
        this.db
          .transaction()
          .execute((tx) =>
            this.options.pipelined ? withPipelinedQueries(tx, (p) => work(watch(p))) : work(watch(tx)),
          ),
      );
    } catch (err) {
      for (const fn of undo.reverse()) fn();
      throw err;
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
   * Pipelined: hands every event to its handlers while its insert is on its way, so that their
   * first writes go out with it instead of one round trip later. Nearly always every event is
   * new; when one was stored before, this throws SomeStoredAlready and the transaction rolls back.
   */
  async #insertWhileHandling(trx: Db, events: readonly ValidEvent[], intake: IntakeTransaction): Promise<string[]> {
    const inserting = insertEvents(
      trx,
      events.map((v) => v.row),
    );
    await writesTogether([inserting, this.handlers.dispatch(trx, events.map(storedEvent), intake)]);
    const inserted = await inserting;
    if (inserted.length < events.length) throw new SomeStoredAlready();
    return inserted.map((r) => eventKey(r.source, r.id));
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
