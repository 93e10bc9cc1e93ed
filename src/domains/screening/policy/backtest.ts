import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { EventData } from '../../../platform/events/event-types.js';
import { countStoredEvents, readStoredEvents, type StoredEventFilter } from '../../../platform/events/stored-events.js';
import { newId } from '../../../platform/ids.js';
import { type ScreenFinding, type ScreeningEngine, saturatingScore } from '../engine/screen-text.js';
import { LiveSessions } from '../live/live-sessions.js';
import { ScreeningError, ScreeningErrorCode } from '../screening.errors.js';
import { type CompiledPolicy, evaluatePolicy } from './evaluate-policy.js';
import { liveDecision } from './live-decision.js';
import { compiledSource } from './policy.service.js';
import type { PolicyOutcome } from './policy-document.js';
import { policyRuntimeFor } from './policy-runtime.js';
import { engineSourceFor } from './screening-sources.js';

// A backtest re-screens stored `listing.upserted` and `live.segment` events (the platform's event
// store, in arrival order) with a candidate policy and with the active one, and counts the
// decisions that would change. Live segments replay their sessions, so straddling terms and the
// decaying session score behave as they did live. A run advances in steps, so a CLI can show its
// progress even when the run lives inside the server that holds the database.

export const BACKTEST_KINDS = ['listing', 'live_segment'] as const;
export type BacktestKind = (typeof BACKTEST_KINDS)[number];

const EVENT_TYPE: Record<BacktestKind, 'listing.upserted' | 'live.segment'> = {
  listing: 'listing.upserted',
  live_segment: 'live.segment',
};

export interface BacktestOptions {
  version: number;
  from?: Date;
  to?: Date;
  kind?: BacktestKind;
  /** Examples kept per kind and outcome pair. */
  examples: number;
}

export interface BacktestExample {
  contentId: string;
  excerpt: string;
  findings: Pick<ScreenFinding, 'category' | 'severity' | 'term' | 'text'>[];
}

export interface BacktestChange {
  kind: BacktestKind;
  active: PolicyOutcome;
  candidate: PolicyOutcome;
  count: number;
  examples: BacktestExample[];
}

export interface BacktestSummary {
  candidate: { version: number; name: string };
  active: { version: number | null; name: string };
  from: string | null;
  to: string | null;
  screened: Record<BacktestKind, number>;
  changed: number;
  /** Most frequent first. */
  changes: BacktestChange[];
}

export interface BacktestProgress {
  runId: string;
  total: number;
  processed: number;
  done: boolean;
}

const EXCERPT_CHARS = 80;

function excerpt(text: string, findings: readonly ScreenFinding[]): string {
  const at = findings.length > 0 ? Math.max(0, findings[0].start - 20) : 0;
  const slice = text.slice(at, at + EXCERPT_CHARS).replace(/\s+/g, ' ');
  return `${at > 0 ? '…' : ''}${slice}${at + EXCERPT_CHARS < text.length ? '…' : ''}`;
}

class BacktestRun {
  readonly id = newId('btr');
  processed = 0;
  #afterSeq = 0;
  #done = false;
  readonly #changes = new Map<string, BacktestChange>();
  readonly #screened: Record<BacktestKind, number> = { listing: 0, live_segment: 0 };
  readonly #sessions = new LiveSessions();
  touchedAt = performance.now();

  constructor(
    readonly options: BacktestOptions,
    readonly total: number,
    readonly candidate: CompiledPolicy,
    readonly active: CompiledPolicy,
    readonly engine: ScreeningEngine,
  ) {}

  get done(): boolean {
    return this.#done;
  }

  async step(db: Db, maxEvents: number): Promise<void> {
    if (this.#done) return;
    this.touchedAt = performance.now();
    const rows = await readStoredEvents(db, storedEventFilter(this.options), this.#afterSeq, maxEvents);
    for (const row of rows) {
      this.#afterSeq = row.seq;
      this.processed++;
      const data = row.data;
      if (row.type === 'listing.upserted') this.#listing(data as EventData<'listing.upserted'>);
      else this.#segment(data as EventData<'live.segment'>, row.receivedAt.getTime());
    }
    if (rows.length < maxEvents) this.#done = true;
  }

  #listing(d: EventData<'listing.upserted'>): void {
    this.#screened.listing++;
    const text = d.description ? `${d.title}\n${d.description}` : d.title;
    const context = { category: d.category, price: d.price, wasPrice: d.wasPrice };
    const { score, findings } = this.engine.screen({ kind: 'listing', text, context });
    const input = { kind: 'listing' as const, context, findings, score };
    const active = evaluatePolicy(this.active, input).outcome;
    const candidate = evaluatePolicy(this.candidate, input).outcome;
    if (active !== candidate) this.#record('listing', active, candidate, d.listingId, text, findings);
  }

  #segment(d: EventData<'live.segment'>, atMs: number): void {
    this.#screened.live_segment++;
    const r = this.#sessions.screen(this.engine, d, atMs, this.active.live, this.candidate.live);
    const input = { kind: 'live_segment' as const, findings: r.findings, score: saturatingScore(r.severitySum) };
    const active = liveDecision(this.active, input, r.sessionScore).outcome;
    const candidate = liveDecision(this.candidate, input, r.shadowSessionScore).outcome;
    if (active !== candidate) {
      this.#record('live_segment', active, candidate, `${d.sessionId}:${d.seq}`, d.text, r.findings);
    }
  }

  #record(
    kind: BacktestKind,
    active: PolicyOutcome,
    candidate: PolicyOutcome,
    contentId: string,
    text: string,
    findings: readonly ScreenFinding[],
  ): void {
    const key = `${kind}:${active}:${candidate}`;
    let change = this.#changes.get(key);
    if (!change) {
      change = { kind, active, candidate, count: 0, examples: [] };
      this.#changes.set(key, change);
    }
    change.count++;
    if (change.examples.length < this.options.examples) {
      change.examples.push({
        contentId,
        excerpt: excerpt(text, findings),
        findings: findings.map((f) => ({ category: f.category, severity: f.severity, term: f.term, text: f.text })),
      });
    }
  }

  summary(): BacktestSummary {
    const changes = [...this.#changes.values()].sort(
      (a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.active.localeCompare(b.active),
    );
    return {
      candidate: { version: this.candidate.version ?? 0, name: this.candidate.name },
      active: { version: this.active.version, name: this.active.name },
      from: this.options.from?.toISOString() ?? null,
      to: this.options.to?.toISOString() ?? null,
      screened: { ...this.#screened },
      changed: changes.reduce((s, c) => s + c.count, 0),
      changes,
    };
  }
}

function storedEventFilter(o: BacktestOptions): StoredEventFilter {
  return {
    types: o.kind ? [EVENT_TYPE[o.kind]] : [EVENT_TYPE.listing, EVENT_TYPE.live_segment],
    from: o.from,
    to: o.to,
  };
}

// Runs live in the process that started them (the server, through the CLI bridge); one left
// behind by a CLI that went away is dropped after a while.
const runs = new Map<string, BacktestRun>();
const IDLE_RUN_MS = 10 * 60_000;

function dropIdleRuns(): void {
  const before = performance.now() - IDLE_RUN_MS;
  for (const [id, run] of runs) if (run.touchedAt < before) runs.delete(id);
}

function progress(run: BacktestRun): BacktestProgress {
  return { runId: run.id, total: run.total, processed: run.processed, done: run.done };
}

/** Starts a backtest of policy `version` against the active policy; step it until done. */
export async function startBacktest(db: Db, clock: Clock, options: BacktestOptions): Promise<BacktestProgress> {
  dropIdleRuns();
  const row = await db
    .selectFrom('scrPolicies')
    .select(['version', 'source'])
    .where('version', '=', options.version)
    .executeTakeFirst();
  if (!row) throw new ScreeningError(ScreeningErrorCode.PolicyNotFound, `no policy version ${options.version}`);
  const [{ active }, { engine }] = await Promise.all([
    policyRuntimeFor(db, clock).current(),
    engineSourceFor(db).current(),
  ]);
  const run = new BacktestRun(
    options,
    await countStoredEvents(db, storedEventFilter(options)),
    compiledSource(row.version, row.source),
    active,
    engine,
  );
  runs.set(run.id, run);
  return progress(run);
}

function runOf(runId: string): BacktestRun {
  const run = runs.get(runId);
  if (!run)
    throw new ScreeningError(ScreeningErrorCode.PolicyNotFound, `no backtest run ${runId} (it may have expired)`);
  return run;
}

/** Screens up to `maxEvents` more events of a run. */
export async function stepBacktest(db: Db, runId: string, maxEvents: number): Promise<BacktestProgress> {
  const run = runOf(runId);
  await run.step(db, maxEvents);
  return progress(run);
}

/** The summary of a finished (or stopped) run; the run is forgotten. */
export function finishBacktest(runId: string): BacktestSummary {
  const run = runOf(runId);
  runs.delete(runId);
  return run.summary();
}

/** A whole backtest in one call (tests, scripts). */
export async function runBacktest(
  db: Db,
  clock: Clock,
  options: BacktestOptions,
  onProgress?: (p: BacktestProgress) => void,
): Promise<BacktestSummary> {
  let p = await startBacktest(db, clock, options);
  while (!p.done) {
    p = await stepBacktest(db, p.runId, 500);
    onProgress?.(p);
  }
  return finishBacktest(p.runId);
}
