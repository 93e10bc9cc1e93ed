import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import {
  type DecideInput,
  decideCase,
  defaultViolationCatalogue,
  openCasesFromVerdicts,
} from '../src/domains/governance/index.js';
import type { VerdictNotice } from '../src/domains/screening/index.js';
import { systemClock } from '../src/platform/clock.js';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrations.js';
import { WebhooksService } from '../src/platform/outbox/webhooks.service.js';
import { pgliteRunner, postgresRunner, type SqlRunner } from './direct-insert.js';
import { type Latencies, percentiles } from './json-load.js';
import { openPostgresTarget } from './postgres-target.js';
import { note } from './progress.js';
import { runIfStandalone } from './standalone.js';

// Decisions through the whole decide path: decideCase, the function POST /v1/cases/:id/decision
// calls (without the HTTP and session layer), on open cases of distinct merchants and hosts, with
// `concurrency` decisions in flight. Each decision is one transaction: case lock, sanctions,
// enforcement.action messages and deliveries, expiry timers, points and ladder firings, account
// standing, statement of reasons, case state and events, audit entries.
//
// Reference: exactly the rows those transactions wrote, written again by plain SQL into a copy of
// the schema taken just before the decisions (same columns, indexes, constraints and rows). Each
// decision's rows go in one statement (a multi-row INSERT per table, and an UPDATE of the columns
// that changed for rows that existed before, as the case row did, chained as data-modifying CTEs),
// with the same concurrency. The rows are found by the PostgreSQL system column xmin: every row a
// decision inserted or updated carries the id of its transaction, and nothing else writes during
// the run, so the rows group into one set per decision. The ratio is what the logic, its reads
// and its round trips cost on top of the database's own work of storing the result.

const REF_SCHEMA = 'bench_ref';
const REVIEWER = 'user:bench-reviewer';

export type DecideDatabase = 'pglite' | 'postgres';

export interface DecideBenchOptions {
  /** Cases decided and measured on PostgreSQL. */
  cases?: number;
  /** On PGlite, whose single connection takes decisions one at a time. */
  pgliteCases?: number;
  /** Cases decided first, not measured (and their rows written first by the reference). */
  warmupCases?: number;
  concurrency?: number;
  databases?: DecideDatabase[];
}

/** What each seeded case is, and what deciding it must produce. */
type CaseKind = 'listing_general' | 'listing_serious' | 'live_suspension';

interface CasePlan {
  kind: CaseKind;
  input: DecideInput;
  sanctions: number;
  timers: number;
}

// The mix: most decisions remove a listing and cost general points; one in ten removes a listing
// for a serious violation whose 12 points cross the first serious threshold (an automatic 7-day
// live suspension); two in ten stop a live stream and suspend the host's live selling for 3 days.
const PLANS: Record<CaseKind, CasePlan> = {
  listing_general: {
    kind: 'listing_general',
    input: {
      violationType: 'diversion',
      actions: [{ type: 'remove_listing' }],
      facts: '商品详情写有“加微信下单更便宜”，引导买家私下转账。',
      language: 'zh-CN',
    },
    sanctions: 1,
    timers: 0,
  },
  listing_serious: {
    kind: 'listing_serious',
    input: {
      violationType: 'sexual',
      actions: [{ type: 'remove_listing' }],
      facts: '商品主图含有低俗暗示内容。',
      language: 'zh-CN',
    },
    sanctions: 2,
    timers: 1,
  },
  live_suspension: {
    kind: 'live_suspension',
    input: {
      violationType: 'medical_claim',
      actions: [{ type: 'stop_stream' }, { type: 'suspend_live', days: 3 }],
      facts: '主播在直播中宣称保健品能治疗高血压。',
      language: 'zh-CN',
    },
    sanctions: 2,
    timers: 1,
  },
};

const kindOf = (i: number): CaseKind => {
  const r = i % 10;
  return r < 7 ? 'listing_general' : r === 7 ? 'listing_serious' : 'live_suspension';
};

function noticeFor(tag: string, i: number): VerdictNotice {
  const kind = kindOf(i);
  const finding = {
    category: kind === 'live_suspension' ? ('medical_claim' as const) : ('diversion' as const),
    severity: 3,
    term: '加微信',
    section: 'text' as const,
    line: 1,
    start: 4,
    end: 7,
    text: '加微信',
  };
  const common = {
    verdictId: `vrd_${tag}_${i}`,
    outcome: 'review' as const,
    score: 0.4,
    findings: [finding],
    policy: 'default',
    text: '全新正品加微信下单更便宜',
    at: new Date(),
  };
  if (kind === 'live_suspension') {
    const sessionId = `live-${tag}-${i}`;
    return {
      ...common,
      contentKind: 'live_segment',
      contentId: `${sessionId}:1`,
      sessionId,
      subjectKind: 'host',
      subjectId: `host-${tag}-${i}`,
    };
  }
  return {
    ...common,
    contentKind: 'listing',
    contentId: `lst-${tag}-${i}`,
    subjectKind: 'merchant',
    subjectId: `mch-${tag}-${i}`,
  };
}

export interface Phase {
  decisions: number;
  elapsedMs: number;
  decisionsPerSec: number;
  latencyMs: Latencies;
}

export interface DecideRun {
  database: DecideDatabase;
  label: string;
  detail: string;
  decide: Phase & {
    statementsPerDecision: number;
    /**
     * PostgreSQL: sessions waiting on an advisory lock, on average over the run (sampled every
     * 20 ms). The subjects are all distinct, so the one such lock decisions share is the audit
     * log's, which appendAudit holds from the append until the transaction commits.
     */
    waitingForAdvisoryLock: number | null;
  };
  /** The same rows written by plain SQL, one statement per decision. */
  reference: Phase & { rows: number; rowsPerSec: number; statements: number };
  /** decide decisions/s over reference decisions/s. */
  ratio: number;
  /** Rows the measured decisions wrote (inserted or updated), per table. */
  rowsPerTable: Record<string, number>;
  checks: { expected: Record<string, number>; found: Record<string, number>; problems: string[] };
}

export interface DecideBenchResult {
  startedAt: string;
  options: Required<Omit<DecideBenchOptions, 'databases'>>;
  mix: Record<CaseKind, string>;
  runs: DecideRun[];
  skipped: { database: string; reason: string }[];
}

type Opts = DecideBenchResult['options'];

async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<{ elapsedMs: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      const t0 = performance.now();
      await work(item);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return { elapsedMs: performance.now() - start, latencies };
}

function phaseOf(count: number, r: { elapsedMs: number; latencies: number[] }): Phase {
  return {
    decisions: count,
    elapsedMs: Math.round(r.elapsedMs),
    decisionsPerSec: Math.round((count * 1_000) / r.elapsedMs),
    latencyMs: percentiles(r.latencies),
  };
}

async function rawRows<R>(handle: DatabaseHandle, text: string): Promise<R[]> {
  return (await sql.raw(text).execute(handle.db)).rows as R[];
}

/** The next transaction id PostgreSQL will hand out (taking none itself), as xmin shows it. */
async function nextXid(handle: DatabaseHandle): Promise<number> {
  const [row] = await rawRows<{ x: string }>(handle, 'select pg_snapshot_xmax(pg_current_snapshot())::text as x');
  // xmin is the 32-bit xid; a fresh cluster has not wrapped around.
  return Number(BigInt(row?.x ?? '0') % 4_294_967_296n);
}

interface TableShape {
  name: string;
  columns: { name: string; type: string }[];
  primaryKey: string[];
}

const q = (ident: string) => `"${ident.replaceAll('"', '""')}"`;

async function tableShapes(handle: DatabaseHandle): Promise<TableShape[]> {
  const tables = await rawRows<{ name: string }>(
    handle,
    `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const shapes: TableShape[] = [];
  for (const { name } of tables) {
    const rel = `'public.${q(name)}'::regclass`;
    const columns = await rawRows<{ name: string; type: string }>(
      handle,
      `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
       where attrelid = ${rel} and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
    );
    const pk = await rawRows<{ name: string }>(
      handle,
      `select a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = ${rel} and i.indisprimary order by array_position(i.indkey, a.attnum)`,
    );
    shapes.push({ name, columns, primaryKey: pk.map((r) => r.name) });
  }
  return shapes;
}

/** bench_ref: every table of public, with its indexes, constraints, defaults and current rows. */
async function copySchema(handle: DatabaseHandle, shapes: readonly TableShape[]): Promise<void> {
  await sql.raw(`drop schema if exists ${REF_SCHEMA} cascade`).execute(handle.db);
  await sql.raw(`create schema ${REF_SCHEMA}`).execute(handle.db);
  for (const t of shapes) {
    const cols = t.columns.map((c) => q(c.name)).join(', ');
    await sql
      .raw(`create table ${REF_SCHEMA}.${q(t.name)} (like public.${q(t.name)} including all excluding identity)`)
      .execute(handle.db);
    await sql
      .raw(`insert into ${REF_SCHEMA}.${q(t.name)} (${cols}) select ${cols} from public.${q(t.name)}`)
      .execute(handle.db);
  }
  await sql.raw('analyze').execute(handle.db);
}

/** One row a decision wrote: new (insert) or changed (update of the columns that differ). */
interface WrittenRow {
  table: TableShape;
  values: (string | null)[];
  /** For an updated row: the indexes of the columns that changed. */
  changed: number[] | null;
}

/** Every row written by transactions from `fromXid` on, grouped by transaction, in xid order. */
async function writtenRows(
  handle: DatabaseHandle,
  shapes: readonly TableShape[],
  fromXid: number,
): Promise<Map<number, WrittenRow[]>> {
  const byXid = new Map<number, WrittenRow[]>();
  for (const t of shapes) {
    const values = `array[${t.columns.map((c) => `p.${q(c.name)}::text`).join(', ')}]`;
    const before = `array[${t.columns.map((c) => `r.${q(c.name)}::text`).join(', ')}]`;
    const join = t.primaryKey.length === 0 ? 'false' : t.primaryKey.map((k) => `r.${q(k)} = p.${q(k)}`).join(' and ');
    const rows = await rawRows<{ x: string; v: (string | null)[]; b: (string | null)[] | null }>(
      handle,
      `select p.xmin::text as x, ${values} as v, case when r is null then null else ${before} end as b
       from public.${q(t.name)} p left join ${REF_SCHEMA}.${q(t.name)} r on ${join}
       where p.xmin::text::bigint >= ${fromXid}`,
    );
    for (const row of rows) {
      const xid = Number(row.x);
      const changed = row.b === null ? null : row.v.flatMap((v, i) => (v === row.b?.[i] ? [] : [i]));
      const list = byXid.get(xid) ?? [];
      list.push({ table: t, values: row.v, changed });
      byXid.set(xid, list);
    }
  }
  return new Map([...byXid.entries()].sort(([a], [b]) => a - b));
}

/** The statement that writes one decision's rows into bench_ref, and its parameters. */
function referenceStatement(rows: readonly WrittenRow[]): { text: string; params: (string | null)[] } {
  const params: (string | null)[] = [];
  const param = (v: string | null, type: string) => {
    params.push(v);
    return `$${params.length}::${type}`;
  };
  const parts: string[] = [];
  const inserts = new Map<TableShape, WrittenRow[]>();
  for (const r of rows) {
    if (r.changed === null) {
      inserts.set(r.table, [...(inserts.get(r.table) ?? []), r]);
      continue;
    }
    if (r.changed.length === 0) continue;
    const t = r.table;
    const set = r.changed.map((i) => `${q(t.columns[i]!.name)} = ${param(r.values[i] ?? null, t.columns[i]!.type)}`);
    const where = t.primaryKey.map((k) => {
      const i = t.columns.findIndex((c) => c.name === k);
      return `${q(k)} = ${param(r.values[i] ?? null, t.columns[i]!.type)}`;
    });
    parts.push(`update ${REF_SCHEMA}.${q(t.name)} set ${set.join(', ')} where ${where.join(' and ')}`);
  }
  for (const [t, list] of inserts) {
    const tuples = list.map((r) => `(${t.columns.map((c, i) => param(r.values[i] ?? null, c.type)).join(', ')})`);
    parts.push(
      `insert into ${REF_SCHEMA}.${q(t.name)} (${t.columns.map((c) => q(c.name)).join(', ')}) values ${tuples.join(', ')}`,
    );
  }
  const text = `with ${parts.map((p, i) => `w${i} as (${p})`).join(', ')} select 1`;
  return { text, params };
}

function sampleAdvisoryWaits(handle: DatabaseHandle): { stop(): Promise<number> } {
  let stopped = false;
  let samples = 0;
  let waiting = 0;
  const done = (async () => {
    while (!stopped) {
      const [row] = await rawRows<{ n: number | string }>(
        handle,
        `select count(*) as n from pg_stat_activity
         where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
      );
      samples++;
      waiting += Number(row?.n ?? 0);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return samples === 0 ? 0 : Math.round((waiting / samples) * 100) / 100;
    },
  };
}

async function count(handle: DatabaseHandle, text: string): Promise<number> {
  const [row] = await rawRows<{ n: number | string }>(handle, text);
  return Number(row?.n ?? 0);
}

async function checkResults(handle: DatabaseHandle, plans: readonly CasePlan[]): Promise<DecideRun['checks']> {
  const expected = {
    decisions: plans.length,
    casesDecided: plans.length,
    sanctions: plans.reduce((n, p) => n + p.sanctions, 0),
    enforcementMessages: plans.reduce((n, p) => n + p.sanctions, 0),
    enforcementDeliveries: plans.reduce((n, p) => n + p.sanctions, 0),
    expiryTimers: plans.reduce((n, p) => n + p.timers, 0),
    pointEntries: plans.length,
    ladderFirings: plans.filter((p) => p.kind === 'listing_serious').length,
    decisionAudits: plans.length,
    casesDecidedTwice: 0,
    decisionsNotInEffect: 0,
  };
  const found = {
    decisions: await count(handle, 'select count(*) as n from gov_decisions'),
    casesDecided: await count(handle, `select count(*) as n from gov_cases where state = 'decided'`),
    sanctions: await count(handle, 'select count(*) as n from gov_sanctions'),
    enforcementMessages: await count(
      handle,
      `select count(*) as n from outbox_messages where type = 'enforcement.action'`,
    ),
    enforcementDeliveries: await count(
      handle,
      `select count(*) as n from wh_deliveries d join outbox_messages m on m.id = d.message_id where m.type = 'enforcement.action'`,
    ),
    expiryTimers: await count(
      handle,
      `select count(*) as n from job_jobs where kind = 'governance.sanction_expiry' and status = 'pending'`,
    ),
    pointEntries: await count(handle, 'select count(*) as n from gov_point_entries'),
    ladderFirings: await count(handle, 'select count(*) as n from gov_point_firings'),
    decisionAudits: await count(handle, `select count(*) as n from audit_entries where action = 'decision.taken'`),
    casesDecidedTwice: await count(
      handle,
      'select count(*) as n from (select case_id from gov_decisions group by case_id having count(*) > 1) x',
    ),
    decisionsNotInEffect: await count(handle, `select count(*) as n from gov_decisions where status <> 'in_effect'`),
  };
  const problems = Object.entries(expected).flatMap(([k, v]) =>
    found[k as keyof typeof found] === v ? [] : [`${k}: ${found[k as keyof typeof found]}, expected ${v}`],
  );
  return { expected, found, problems };
}

async function runOn(
  handle: DatabaseHandle,
  runner: SqlRunner,
  opts: Opts,
  database: DecideDatabase,
  label: string,
  detail: string,
): Promise<DecideRun> {
  await migrateToLatest(handle.db);
  const clock = systemClock;
  const catalogue = defaultViolationCatalogue();
  // A subscriber, so that each enforcement.action also queues a delivery as in production (no
  // worker runs: nothing is sent).
  await new WebhooksService(handle.db, clock).createEndpoint({
    url: 'http://127.0.0.1:9/enforcement-hook',
    eventTypes: ['enforcement.action'],
    actor: 'bench',
  });

  const total = opts.warmupCases + opts.cases;
  const tag = Math.random().toString(36).slice(2, 8);
  const seedStart = performance.now();
  note(`  ${label}: opening ${total.toLocaleString('en-US')} cases…`);
  const notices = Array.from({ length: total }, (_, i) => noticeFor(tag, i));
  for (let i = 0; i < total; i += 250) {
    const batch = notices.slice(i, i + 250);
    await handle.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, batch));
  }
  // Claimed by one reviewer (claiming is not what is measured).
  await sql`update gov_cases set state = 'in_review', assignee = ${REVIEWER}, assigned_at = now() where state = 'open'`.execute(
    handle.db,
  );
  const cases = await rawRows<{ id: string; target: string }>(handle, 'select id, target_id as target from gov_cases');
  const planByTarget = new Map<string, CasePlan>();
  notices.forEach((n, i) => {
    planByTarget.set(n.sessionId ?? n.contentId, PLANS[kindOf(i)]);
  });
  const order = new Map(notices.map((n, i) => [n.sessionId ?? n.contentId, i]));
  const work = cases
    .map((c) => ({ id: c.id, plan: planByTarget.get(c.target)!, at: order.get(c.target) ?? 0 }))
    .sort((a, b) => a.at - b.at);
  if (work.length !== total) throw new Error(`expected ${total} open cases, found ${work.length}`);

  const shapes = await tableShapes(handle);
  await copySchema(handle, shapes);
  note(`  ${label}: cases opened and schema copied in ${((performance.now() - seedStart) / 1_000).toFixed(1)}s`);

  // Counts the statements decideCase sends (BEGIN and COMMIT aside).
  let statements = 0;
  // (Counted as results: a subquery passes transformQuery on its own but is no statement.)
  const counted = handle.db.withPlugin({
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements++;
      return args.result;
    },
  });
  const decideOne = async (w: (typeof work)[number]) => {
    const d = await decideCase(counted, clock, w.id, { actor: REVIEWER, role: 'reviewer' }, w.plan.input, {
      catalogue,
    });
    if (d.status !== 'in_effect') throw new Error(`decision ${d.id} is ${d.status}, expected in_effect`);
  };
  const warmXid = await nextXid(handle);
  note(`  ${label}: ${opts.warmupCases} decisions warm-up…`);
  await runPool(work.slice(0, opts.warmupCases), opts.concurrency, decideOne);
  const measuredXid = await nextXid(handle);
  note(`  ${label}: ${opts.cases.toLocaleString('en-US')} decisions, ${opts.concurrency} in flight…`);
  statements = 0;
  const sampler = database === 'postgres' ? sampleAdvisoryWaits(handle) : null;
  const decided = await runPool(work.slice(opts.warmupCases), opts.concurrency, decideOne);
  const waitingForAdvisoryLock = (await sampler?.stop()) ?? null;
  const decide = {
    ...phaseOf(opts.cases, decided),
    statementsPerDecision: Math.round((statements / opts.cases) * 10) / 10,
    waitingForAdvisoryLock,
  };
  note(
    `  ${label}: decide ${decide.decisionsPerSec.toLocaleString('en-US')} decisions/s, ${decide.statementsPerDecision} statements each`,
  );

  const checks = await checkResults(
    handle,
    work.map((w) => w.plan),
  );
  for (const p of checks.problems) note(`  ${label} CHECK FAILED: ${p}`);

  const groups = await writtenRows(handle, shapes, warmXid);
  const warmGroups = [...groups.entries()].filter(([x]) => x < measuredXid).map(([, rows]) => rows);
  const measuredGroups = [...groups.entries()].filter(([x]) => x >= measuredXid).map(([, rows]) => rows);
  if (warmGroups.length !== opts.warmupCases || measuredGroups.length !== opts.cases) {
    checks.problems.push(
      `rows grouped into ${warmGroups.length} + ${measuredGroups.length} transactions, expected ${opts.warmupCases} + ${opts.cases}`,
    );
  }
  const rowsPerTable: Record<string, number> = {};
  let rows = 0;
  for (const g of measuredGroups) {
    for (const r of g) {
      rowsPerTable[r.table.name] = (rowsPerTable[r.table.name] ?? 0) + 1;
      rows++;
    }
  }
  const statementsOf = (gs: WrittenRow[][]) => gs.map(referenceStatement);
  const send = async (s: { text: string; params: (string | null)[] }) => {
    await runner.query(s.text, s.params);
  };
  note(`  ${label}: reference, the same ${rows.toLocaleString('en-US')} rows by plain SQL…`);
  await runPool(statementsOf(warmGroups), opts.concurrency, send);
  const measuredStatements = statementsOf(measuredGroups);
  const ref = await runPool(measuredStatements, opts.concurrency, send);
  const refPhase = phaseOf(measuredGroups.length, ref);
  return {
    database,
    label,
    detail,
    decide,
    reference: {
      ...refPhase,
      rows,
      rowsPerSec: Math.round((rows * 1_000) / ref.elapsedMs),
      statements: measuredStatements.length,
    },
    ratio:
      refPhase.decisionsPerSec > 0
        ? Math.round((decide.decisionsPerSec / refPhase.decisionsPerSec) * 1_000) / 1_000
        : 0,
    rowsPerTable,
    checks,
  };
}

export async function runDecideBench(options: DecideBenchOptions = {}): Promise<DecideBenchResult> {
  const opts: Opts = {
    cases: options.cases ?? 2_000,
    pgliteCases: options.pgliteCases ?? 500,
    warmupCases: options.warmupCases ?? 150,
    concurrency: options.concurrency ?? 8,
  };
  const databases = new Set(options.databases ?? ['postgres', 'pglite']);
  const startedAt = new Date().toISOString();
  note(
    `decide: ${opts.cases.toLocaleString('en-US')} decisions on PostgreSQL, ${opts.pgliteCases} on PGlite ` +
      `(after ${opts.warmupCases} warm-up) through decideCase, ` +
      `${opts.concurrency} in flight, against the same rows written by plain SQL`,
  );
  const runs: DecideRun[] = [];
  const skipped: DecideBenchResult['skipped'] = [];
  if (databases.has('postgres')) {
    const availability = await openPostgresTarget();
    if (!availability.available) {
      note(`  PostgreSQL skipped: ${availability.reason}`);
      skipped.push({ database: 'postgres', reason: availability.reason });
    } else {
      const pg = availability.target;
      try {
        // The pool size `xinren serve` uses (openDatabase's default).
        const handle = await openDatabase({ url: pg.url });
        const runner = postgresRunner(pg.url, opts.concurrency);
        try {
          const label = `PostgreSQL ${pg.serverVersion.split(' ')[0]}`;
          const detail = `${pg.origin}; decideCase through openDatabase's pool (10), the reference through a pg Pool of ${opts.concurrency}`;
          runs.push(await runOn(handle, runner, opts, 'postgres', label, detail));
        } finally {
          await runner.close();
          await handle.close();
        }
      } finally {
        await pg.close();
      }
    }
  }
  if (databases.has('pglite')) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    try {
      if (!handle.pglite) throw new Error('expected a PGlite handle');
      const detail = 'memory://, one connection: transactions and reference statements queue inside it';
      const pgliteOpts = { ...opts, cases: opts.pgliteCases };
      runs.push(await runOn(handle, pgliteRunner(handle.pglite), pgliteOpts, 'pglite', 'PGlite (memory://)', detail));
    } finally {
      await handle.close();
    }
  }
  const mix = Object.fromEntries(
    Object.values(PLANS).map((p) => [
      p.kind,
      `${p.input.violationType}: ${p.input.actions?.map((a) => a.type + (a.days ? ` ${a.days}d` : '')).join(' + ')}`,
    ]),
  ) as Record<CaseKind, string>;
  return { startedAt, options: opts, mix, runs, skipped };
}

export function formatDecideReport(r: DecideBenchResult): string {
  const o = r.options;
  const num = (n: number) => Math.round(n).toLocaleString('en-US');
  const rows = [
    [
      'database',
      'decide dec/s',
      'p50 ms',
      'p99 ms',
      'reference dec/s',
      'ref rows/s',
      'ref p50',
      'ref p99',
      'ratio',
      'checks',
    ],
    ...r.runs.map((x) => [
      x.label,
      num(x.decide.decisionsPerSec),
      x.decide.latencyMs.p50.toFixed(2),
      x.decide.latencyMs.p99.toFixed(2),
      num(x.reference.decisionsPerSec),
      num(x.reference.rowsPerSec),
      x.reference.latencyMs.p50.toFixed(2),
      x.reference.latencyMs.p99.toFixed(2),
      `${(x.ratio * 100).toFixed(0)}%`,
      x.checks.problems.length === 0 ? 'ok' : 'FAILED',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    `Decisions through decideCase (the service POST /v1/cases/:id/decision calls), ${num(o.cases)} measured ` +
      `(${num(o.pgliteCases)} on PGlite) after ` +
      `${num(o.warmupCases)} warm-up, ${o.concurrency} in flight, one open case per merchant or host; reference: the ` +
      'rows those decisions wrote, one plain-SQL statement per decision into a copy of the schema, same concurrency',
    `  mix: 70% ${r.mix.listing_general}; 10% ${r.mix.listing_serious} (+ automatic suspend_live 7d at 12 serious points); 20% ${r.mix.live_suspension}`,
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...r.runs.flatMap((x) => [
      `  ${x.database}: ${x.decide.statementsPerDecision} statements per decision in one transaction` +
        (x.decide.waitingForAdvisoryLock === null
          ? '; '
          : `, on average ${x.decide.waitingForAdvisoryLock} of ${o.concurrency} waiting for the audit log's lock; `) +
        `${num(x.reference.rows)} rows (${(x.reference.rows / x.decide.decisions).toFixed(1)} per decision: ` +
        `${Object.entries(x.rowsPerTable)
          .map(([t, n]) => `${t} ${(n / x.decide.decisions).toFixed(1)}`)
          .join(', ')}); ${x.detail}`,
      ...x.checks.problems.map((p) => `  ${x.database} CHECK FAILED: ${p}`),
    ]),
    ...r.skipped.map((s) => `  ${s.database}: skipped (${s.reason})`),
  ].join('\n');
}

runIfStandalone(
  import.meta.url,
  'decide',
  ['pglite', 'postgres'] as const satisfies readonly DecideDatabase[],
  (only) => runDecideBench(only.length > 0 ? { databases: only } : {}),
  formatDecideReport,
);
