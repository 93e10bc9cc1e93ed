import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { workBell } from '../work-bell.js';
import type { EventHandlerRegistry, StoredEvent } from './event-handlers.js';
import { CloudEventEnvelope, EVENT_TYPES, isEventType } from './event-types.js';
import { EventsError, EventsErrorCode } from './events.errors.js';
import { type EventRow, insertEvents } from './insert-events.js';

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

/** POST /v1/events: validation, idempotency by (source, id), storage and dispatch in one transaction. */
export class EventsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly handlers: EventHandlerRegistry,
  ) {}

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

    const rows = valid.map((v) => v.row);
    const store = async (db: Db) => {
      const inserted = await insertEvents(db, rows);
      return new Map(inserted.map((r) => [eventKey(r.source, r.id), r.seq]));
    };
    // One INSERT is atomic by itself: a transaction is needed only when handlers write too.
    const inserted = !this.handlers.handlesAny(valid.map((v) => v.type))
      ? await store(this.db)
      : // A stream stop published by a handler is delivered the moment the intake commits.
        await workBell.afterCommit((watch) =>
          this.db.transaction().execute(async (tx) => {
            const trx = watch(tx);
            const seqByKey = await store(trx);
            const stored: StoredEvent[] = [];
            for (const v of valid) {
              const seq = seqByKey.get(eventKey(v.row.source, v.row.id));
              if (seq === undefined) continue;
              stored.push({
                seq,
                id: v.row.id,
                source: v.row.source,
                type: v.type,
                time: v.row.time ? new Date(v.row.time) : null,
                data: v.data as never,
              });
            }
            await this.handlers.dispatch(trx, stored);
            return seqByKey;
          }),
        );
    for (const v of valid) {
      if (inserted.has(eventKey(v.row.source, v.row.id))) result.accepted++;
      else result.duplicates.push(v.index);
    }
    result.duplicates.sort((a, b) => a - b);
    return result;
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
