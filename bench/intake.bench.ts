import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrations.js';
import { startBareFastify } from './bare-fastify.js';
import { type LoopProgress, type LoopStats, runClosedLoop } from './closed-loop.js';
import {
  createReferenceTable,
  directInsertSender,
  pgliteRunner,
  postgresRunner,
  type SqlRunner,
} from './direct-insert.js';
import { type IntakeServer, startIntakeServer } from './intake-server.js';
import type { LoadClient } from './load-client-process.js';
import type { HttpTarget } from './load-protocol.js';
import { BATCH_SIZE, freshBatchesAmong, RETRY_EVERY } from './order-paid-batches.js';
import { openPostgresTarget } from './postgres-target.js';
import { note, phaseProgress } from './progress.js';

// Event intake, end to end over HTTP on loopback, against two references:
//   (a) a bare Fastify route that only parses the same JSON body (the HTTP + JSON ceiling);
//   (b) the same rows inserted straight into the same database (the database's own ceiling).

export interface IntakeBenchOptions {
  warmupMs: number;
  measureMs: number;
  concurrency: number;
  batchSize?: number;
}

export interface PhaseResult extends LoopStats {
  /** Events that should have been new: every batch but the retries ((a) accepts them all). */
  expectedAccepted: number;
}

export interface DatabaseResult {
  database: 'pglite' | 'postgres';
  label: string;
  detail: string;
  intake: PhaseResult;
  direct: PhaseResult;
  /** Rows in evt_events after the intake phases, against what the answers said was accepted. */
  storedRows: { evtEvents: number; acceptedByIntake: number };
  intakeVsBare: number;
  intakeVsDirect: number;
}

export interface IntakeBenchResult {
  startedAt: string;
  options: Required<IntakeBenchOptions> & { retryEvery: number };
  bare: PhaseResult;
  databases: DatabaseResult[];
  skipped: { database: string; reason: string }[];
}

type Runner = (tag: string, durationMs: number, onProgress: (p: LoopProgress) => void) => Promise<LoopStats>;

interface Ctx {
  opts: Required<IntakeBenchOptions>;
  runTag: string;
  client: LoadClient;
}

async function timed(label: string, durationMs: number, tag: string, run: Runner): Promise<LoopStats> {
  const progress = phaseProgress(label, durationMs);
  try {
    const stats = await run(tag, durationMs, (p) => progress.update(p));
    progress.done(stats);
    return stats;
  } catch (err) {
    progress.failed();
    throw err;
  }
}

/** A warm-up run (discarded) and then the measured run, each with event ids of its own. */
async function warmThenMeasure(
  ctx: Ctx,
  label: string,
  phase: string,
  run: Runner,
  dedupes = true,
): Promise<{ warmup: LoopStats; measured: PhaseResult }> {
  const warmup = await timed(`${label} warm-up`, ctx.opts.warmupMs, `${ctx.runTag}-${phase}-w`, run);
  const stats = await timed(label, ctx.opts.measureMs, `${ctx.runTag}-${phase}-m`, run);
  const measured = {
    ...stats,
    expectedAccepted: dedupes ? freshBatchesAmong(stats.batches) * ctx.opts.batchSize : stats.events,
  };
  if (measured.accepted !== measured.expectedAccepted) {
    note(`  warning: ${label} accepted ${measured.accepted} events, expected ${measured.expectedAccepted}`);
  }
  return { warmup, measured };
}

function overHttp(ctx: Ctx, target: HttpTarget): Runner {
  return (tag, durationMs, onProgress) =>
    ctx.client.run(
      target,
      { tag, durationMs, concurrency: ctx.opts.concurrency, batchSize: ctx.opts.batchSize },
      onProgress,
    );
}

function direct(ctx: Ctx, runner: SqlRunner, apiKeyId: string): Runner {
  return (tag, durationMs, onProgress) =>
    runClosedLoop({
      concurrency: ctx.opts.concurrency,
      durationMs,
      eventsPerBatch: ctx.opts.batchSize,
      send: directInsertSender(runner, tag, ctx.opts.batchSize, apiKeyId),
      onProgress,
    });
}

async function countEvents(handle: DatabaseHandle): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from evt_events`.execute(handle.db);
  return rows[0]?.n ?? 0;
}

async function intakeOn(
  ctx: Ctx,
  handle: DatabaseHandle,
  label: string,
): Promise<{ intake: PhaseResult; server: IntakeServer; stored: DatabaseResult['storedRows'] }> {
  await migrateToLatest(handle.db);
  const server = await startIntakeServer(handle);
  try {
    const target = { origin: server.origin, path: server.path, authorization: server.authorization };
    const { warmup, measured } = await warmThenMeasure(
      ctx,
      `${label} intake`,
      `${handle.kind}-intake`,
      overHttp(ctx, target),
    );
    const stored = { evtEvents: await countEvents(handle), acceptedByIntake: warmup.accepted + measured.accepted };
    if (stored.evtEvents !== stored.acceptedByIntake) {
      note(
        `  warning: evt_events holds ${stored.evtEvents} rows but intake answered ${stored.acceptedByIntake} accepted`,
      );
    }
    return { intake: measured, server, stored };
  } finally {
    await server.close();
  }
}

function resultFor(
  database: DatabaseResult['database'],
  label: string,
  detail: string,
  bare: PhaseResult,
  intake: PhaseResult,
  directStats: PhaseResult,
  storedRows: DatabaseResult['storedRows'],
): DatabaseResult {
  const ratio = (x: number, y: number) => (y > 0 ? Math.round((x / y) * 1_000) / 1_000 : 0);
  return {
    database,
    label,
    detail,
    intake,
    direct: directStats,
    storedRows,
    intakeVsBare: ratio(intake.eventsPerSec, bare.eventsPerSec),
    intakeVsDirect: ratio(intake.eventsPerSec, directStats.eventsPerSec),
  };
}

async function benchPglite(ctx: Ctx, bare: PhaseResult): Promise<DatabaseResult> {
  const label = 'PGlite';
  note(`${label} (in-memory, memory://, in the server process):`);
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    const { intake, server, stored } = await intakeOn(ctx, handle, label);
    if (!handle.pglite) throw new Error('expected a PGlite handle');
    const runner = pgliteRunner(handle.pglite);
    await createReferenceTable(runner);
    const { measured } = await warmThenMeasure(
      ctx,
      `${label} (b) direct insert`,
      'pglite-direct',
      direct(ctx, runner, server.apiKeyId),
    );
    return resultFor(
      'pglite',
      label,
      'in-memory (memory://), one instance in the bench process',
      bare,
      intake,
      measured,
      stored,
    );
  } finally {
    await handle.close();
  }
}

async function benchPostgres(
  ctx: Ctx,
  bare: PhaseResult,
  skipped: IntakeBenchResult['skipped'],
): Promise<DatabaseResult | null> {
  note('PostgreSQL:');
  const availability = await openPostgresTarget();
  if (!availability.available) {
    note(`  skipped: ${availability.reason}`);
    skipped.push({ database: 'postgres', reason: availability.reason });
    return null;
  }
  const pgTarget = availability.target;
  const label = `PostgreSQL ${pgTarget.serverVersion.split(' ')[0]}`;
  note(`  ${label}, ${pgTarget.origin}`);
  try {
    // The pool size `xinren serve` uses (openDatabase's default).
    const handle = await openDatabase({ url: pgTarget.url });
    let result: { intake: PhaseResult; server: IntakeServer; stored: DatabaseResult['storedRows'] };
    try {
      result = await intakeOn(ctx, handle, label);
    } finally {
      await handle.close();
    }
    const runner = postgresRunner(pgTarget.url, ctx.opts.concurrency);
    try {
      await createReferenceTable(runner);
      const { measured } = await warmThenMeasure(
        ctx,
        `${label} (b) direct insert`,
        'pg-direct',
        direct(ctx, runner, result.server.apiKeyId),
      );
      const detail = `${pgTarget.origin}; intake through openDatabase's pool (10), (b) through a pg Pool of ${ctx.opts.concurrency}`;
      return resultFor('postgres', label, detail, bare, result.intake, measured, result.stored);
    } finally {
      await runner.close();
    }
  } finally {
    await pgTarget.close();
  }
}

export async function runIntakeBench(client: LoadClient, options: IntakeBenchOptions): Promise<IntakeBenchResult> {
  const opts: Required<IntakeBenchOptions> = { batchSize: BATCH_SIZE, ...options };
  const ctx: Ctx = { opts, runTag: randomBytes(3).toString('hex'), client };
  const startedAt = new Date().toISOString();

  note('(a) bare Fastify route, JSON parse only:');
  const bareServer = await startBareFastify();
  let bare: PhaseResult;
  try {
    bare = (
      await warmThenMeasure(
        ctx,
        '(a) bare Fastify',
        'bare',
        overHttp(ctx, { origin: bareServer.origin, path: bareServer.path }),
        false,
      )
    ).measured;
  } finally {
    await bareServer.close();
  }

  const skipped: IntakeBenchResult['skipped'] = [];
  const databases: DatabaseResult[] = [await benchPglite(ctx, bare)];
  const pgResult = await benchPostgres(ctx, bare, skipped);
  if (pgResult) databases.push(pgResult);
  return { startedAt, options: { ...opts, retryEvery: RETRY_EVERY }, bare, databases, skipped };
}
