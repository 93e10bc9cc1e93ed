import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
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
  id: string;
  source: string;
  type: keyof typeof EVENT_TYPES;
  time: string | null;
  subject: string | null;
  data: Record<string, unknown>;
  partyIds: string[];
}

const PARTY_FIELDS = ['merchantId', 'hostId', 'buyerId', 'reporterId', 'userId'] as const;

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
      const key = `${e.source}\u0000${e.id}`;
      if (seenInBatch.has(key)) {
        result.duplicates.push(index);
        continue;
      }
      seenInBatch.add(key);
      const parsed = data.data as Record<string, unknown>;
      valid.push({
        index,
        id: e.id,
        source: e.source,
        type: e.type,
        time: e.time ? new Date(e.time).toISOString() : null,
        subject: e.subject ?? null,
        data: parsed,
        partyIds: partyIdsOf(parsed),
      });
    }
    if (valid.length === 0) return result;

    const receivedAt = this.clock.now().toISOString();
    const rows: EventRow[] = valid.map((v) => ({
      id: v.id,
      source: v.source,
      type: v.type,
      time: v.time,
      subject: v.subject,
      partyIds: v.partyIds,
      data: JSON.stringify(v.data),
      receivedAt,
      apiKeyId,
    }));
    const store = async (db: Db) => {
      const inserted = await insertEvents(db, rows);
      return new Map(inserted.map((r) => [`${r.source}\u0000${r.id}`, r.seq]));
    };
    // One INSERT is atomic by itself: a transaction is needed only when handlers write too.
    const inserted = !this.handlers.handlesAny(valid.map((v) => v.type))
      ? await store(this.db)
      : await this.db.transaction().execute(async (trx) => {
          const seqByKey = await store(trx);
          const stored: StoredEvent[] = [];
          for (const v of valid) {
            const seq = seqByKey.get(`${v.source}\u0000${v.id}`);
            if (seq === undefined) continue;
            stored.push({
              seq,
              id: v.id,
              source: v.source,
              type: v.type,
              time: v.time ? new Date(v.time) : null,
              data: v.data as never,
            });
          }
          await this.handlers.dispatch(trx, stored);
          return seqByKey;
        });
    for (const v of valid) {
      if (inserted.has(`${v.source}\u0000${v.id}`)) result.accepted++;
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
