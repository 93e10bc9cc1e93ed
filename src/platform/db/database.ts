import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { withSingleCallQueries } from './pglite-single-call-queries.js';
import { pipelinedPostgresDialect } from './pipelined-postgres.js';
import type { Database } from './schema.js';
import { TickCorkedSocket } from './tick-corked-socket.js';

// int8 (counts, sequence numbers) arrives as a JS number from PGlite; make pg agree.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export type Db = Kysely<Database>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /**
   * The database for the worker loops (webhook delivery and jobs): on PostgreSQL a small pool of
   * its own, so that a stream stop never waits for a connection behind intake transactions; on
   * PGlite the same `db` (one session serves everyone).
   */
  workerDb: Db;
  /** The embedded instance when kind is pglite; used to serve it to local processes. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; when absent an embedded PGlite is used. */
  url?: string;
  /** PGlite data directory, or 'memory://' for a throw-away database. */
  dataDir?: string;
  poolSize?: number;
  /** PostgreSQL connections for the worker loops, beside `poolSize`. */
  workerPoolSize?: number;
}

// PostgreSQL zero-fills each new 16 MB WAL segment before its first use (wal_init_zero) so that
// the space is allocated before an fsync'd write needs it. PGlite runs with fsync off (its own
// `-F`): nothing is fsync'd, so the zero-fill buys no durability here, and it stalls every query
// queued behind it (the commit that opens a segment took 50–200 ms under memory://, 8–50 ms in a
// data directory; 1–5 ms without). Without it PostgreSQL writes the segment's last byte and the
// rest reads as zeros, so crash recovery sees the same bytes either way; a full disk shows at a
// later WAL write instead of at the segment's creation, and stops the database in both cases. Used segments are still renamed for reuse
// (wal_recycle, the default): a recycled segment needs no new file at all. A start parameter,
// not a SET: PGlite has one session for everyone, and a RESET ALL or DISCARD ALL anywhere in it
// would turn a SET back.
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'wal_init_zero=off'];

/** A pool of up to `max` PostgreSQL connections (in pipeline mode) and Kysely over it. */
function postgresDb(url: string, max: number): { pool: pg.Pool; db: Db } {
  const pool = new pg.Pool({ connectionString: url, max, pipeline: true, stream: () => new TickCorkedSocket() });
  // An idle connection the server closes (a restart, a terminated backend) must not end the
  // process: the pool drops it and the next query opens a new one.
  pool.on('error', () => {});
  return {
    pool,
    db: new Kysely<Database>({ dialect: pipelinedPostgresDialect({ pool }), plugins: [new CamelCasePlugin()] }),
  };
}

/** Opens the system of record: PostgreSQL when a URL is given, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const { pool, db } = postgresDb(options.url, options.poolSize ?? 10);
    // Fail fast with a clear message when the server cannot be reached.
    const client = await pool.connect().catch(async (err: Error) => {
      await pool.end().catch(() => {});
      throw new DatabaseUnreachableError(redactUrl(options.url ?? ''), err.message);
    });
    client.release();
    const workerDb = postgresDb(options.url, options.workerPoolSize ?? 3).db;
    return {
      db,
      workerDb,
      kind: 'postgres',
      close: async () => {
        await Promise.all([db.destroy(), workerDb.destroy()]);
      },
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, { startParams: PGLITE_START_PARAMS });
  const db = new Kysely<Database>({
    dialect: new PGliteDialect({ pglite: withSingleCallQueries(pglite) }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    workerDb: db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly target: string,
    reason: string,
  ) {
    super(`cannot reach the database at ${target}: ${reason}`);
  }
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid url)';
  }
}
