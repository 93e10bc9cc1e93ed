import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { startThrowAwayCluster } from '../test/setup/postgres-cluster.js';

// Where the PostgreSQL part of the bench runs: a fresh database in TEST_DATABASE_URL's server, or
// in a throw-away cluster started for the run. Either way the database is dropped at the end.

export interface PostgresTarget {
  /** A fresh, empty database for the bench. */
  url: string;
  /** 'TEST_DATABASE_URL' or 'throw-away cluster'. */
  origin: string;
  serverVersion: string;
  close(): Promise<void>;
}

export type PostgresAvailability = { available: true; target: PostgresTarget } | { available: false; reason: string };

function hasPostgresBinaries(): boolean {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return false;
  return readdirSync(root).some((v) => existsSync(join(root, v, 'bin', 'initdb')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function adminQuery(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Stops a throw-away cluster. Run as root, the cluster's postgres runs under runuser, which does not
 * pass on the SIGINT that Cluster.stop() sends, so stop() alone never returns; the postmaster
 * (its pid is the first line of postmaster.pid) is then told to shut down directly.
 */
async function stopThrowAwayCluster(stop: () => Promise<void>, dataDirectory: string): Promise<void> {
  const stopped = stop();
  await new Promise((r) => setTimeout(r, 200));
  signalPostmaster(dataDirectory);
  await stopped;
}

/** Asks the postmaster of a data directory for a fast shutdown; synchronous, so usable on exit. */
function signalPostmaster(dataDirectory: string): void {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDirectory, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // Already gone.
  }
}

/**
 * pg's Pool.end() resolves before its connections have closed; dropping the database `with (force)`
 * at that moment kills them, and the pool, which has no error listener, throws. Wait them out first.
 */
async function waitForOtherSessions(adminUrl: string, database: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
        database,
      ]);
      if (rows[0]?.n === 0 || Date.now() > until) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await client.end();
  }
}

export async function openPostgresTarget(): Promise<PostgresAvailability> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let origin = 'TEST_DATABASE_URL';
  let stopCluster: (() => Promise<void>) | null = null;
  if (!adminUrl) {
    if (!hasPostgresBinaries())
      return { available: false, reason: 'no TEST_DATABASE_URL and no PostgreSQL binaries (initdb) found' };
    const cluster = await startThrowAwayCluster(await freePort());
    adminUrl = cluster.url;
    origin = 'throw-away cluster';
    try {
      const dataDirectory = (await adminQuery(adminUrl, 'show data_directory')).rows[0]?.data_directory as string;
      // Should the bench die on the way, the cluster must not outlive it.
      const onExit = () => signalPostmaster(dataDirectory);
      process.once('exit', onExit);
      stopCluster = async () => {
        await stopThrowAwayCluster(() => cluster.stop(), dataDirectory);
        process.off('exit', onExit);
      };
    } catch (err) {
      void cluster.stop(); // may not return when run as root, see stopThrowAwayCluster
      throw err;
    }
  }
  try {
    const name = `xinren_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `create database ${name}`);
    const version = (await adminQuery(adminUrl, 'show server_version')).rows[0]?.server_version as string;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const admin = adminUrl;
    return {
      available: true,
      target: {
        url: url.toString(),
        origin,
        serverVersion: version,
        async close() {
          try {
            await waitForOtherSessions(admin, name, 5_000);
            await adminQuery(admin, `drop database if exists ${name} with (force)`);
          } finally {
            await stopCluster?.();
          }
        },
      },
    };
  } catch (err) {
    await stopCluster?.();
    throw err;
  }
}
