import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { BatchOutcome } from './closed-loop.js';
import { orderPaidBatch } from './order-paid-batches.js';

// Reference (b): the rows intake stores, written straight into the database by the bench process,
// one multi-row INSERT … ON CONFLICT DO NOTHING per batch, into a table identical to evt_events
// (same columns, defaults, unique (source, id) constraint and indexes). It is the database's own
// limit for this work, with no HTTP, validation or transaction around it.

export const REFERENCE_TABLE = 'bench_ref_events';

const COLUMNS = ['id', 'source', 'type', 'time', 'subject', 'party_ids', 'data', 'received_at', 'api_key_id'] as const;

const DDL = [
  `create table ${REFERENCE_TABLE} (
     seq bigserial primary key,
     id text not null,
     source text not null,
     type text not null,
     time timestamptz,
     subject text,
     party_ids text[] not null,
     data jsonb not null,
     received_at timestamptz not null default now(),
     api_key_id text,
     constraint ${REFERENCE_TABLE}_source_id_key unique (source, id)
   )`,
  `create index ${REFERENCE_TABLE}_received_idx on ${REFERENCE_TABLE} (received_at)`,
  `create index ${REFERENCE_TABLE}_type_idx on ${REFERENCE_TABLE} (type, seq)`,
];

/** Runs one parameterised statement and says how many rows it returned. */
export interface SqlRunner {
  query(sql: string, params: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function postgresRunner(url: string, poolSize: number): SqlRunner {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server ends (say at shutdown) must not take the bench down.
  pool.on('error', () => {});
  return {
    async query(sql, params) {
      return (await pool.query(sql, params)).rowCount ?? 0;
    },
    close: () => pool.end(),
  };
}

/** PGlite has a single connection: concurrent statements queue inside it. */
export function pgliteRunner(pglite: PGlite): SqlRunner {
  return {
    async query(sql, params) {
      return (await pglite.query(sql, params)).rows.length;
    },
    close: async () => {},
  };
}

export async function createReferenceTable(runner: SqlRunner): Promise<void> {
  await runner.query(`drop table if exists ${REFERENCE_TABLE}`, []);
  for (const statement of DDL) await runner.query(statement, []);
}

/** `insert … values ($1, …), … on conflict (source, id) do nothing returning seq, source, id`, as intake issues it. */
export function insertStatement(rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const base = r * COLUMNS.length;
    tuples.push(`(${COLUMNS.map((_, c) => `$${base + c + 1}`).join(', ')})`);
  }
  return `insert into ${REFERENCE_TABLE} (${COLUMNS.join(', ')}) values ${tuples.join(', ')} on conflict (source, id) do nothing returning seq, source, id`;
}

/** The parameters of one batch: the values intake would store for the same events. */
export function batchParams(tag: string, seq: number, size: number, apiKeyId: string): unknown[] {
  const receivedAt = new Date();
  const params: unknown[] = [];
  for (const e of orderPaidBatch(tag, seq, size)) {
    // Party ids in intake's order: merchantId, hostId, buyerId, reporterId, userId.
    const partyIds = [e.data.merchantId, e.data.buyerId];
    params.push(e.id, e.source, e.type, new Date(e.time), null, partyIds, JSON.stringify(e.data), receivedAt, apiKeyId);
  }
  return params;
}

export function directInsertSender(
  runner: SqlRunner,
  tag: string,
  size: number,
  apiKeyId: string,
): (seq: number) => Promise<BatchOutcome> {
  const sql = insertStatement(size);
  return async (seq) => {
    const accepted = await runner.query(sql, batchParams(tag, seq, size, apiKeyId));
    return { accepted, duplicates: size - accepted };
  };
}
