import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { BacktestProgress, BacktestSummary } from '../domains/screening/policy/backtest.js';
import { AppError } from '../platform/app-error.js';
import { readDataDirLock } from '../platform/db/data-dir-lock.js';
import { type CliOperation, runCliOperation } from './operations.js';
import { CliError, config, createLogger, dataDir, openPlatform, runOperation } from './runtime.js';

// `xinren policy list|show|create|set-status|backtest`: screening policies stored in the database.
// Every command runs through CLI operations, so it works beside a server that holds the embedded
// database (through its loopback bridge) as well as against a database nobody holds.

export type Call = (name: CliOperation, args: unknown) => Promise<any>;

/**
 * Runs `fn` with a way to call CLI operations: through the server's bridge when a server holds
 * the embedded database, else in this process over one opened database (a backtest makes many
 * calls; opening the database for each would dominate).
 */
async function withOperations<T>(fn: (call: Call) => Promise<T>): Promise<T> {
  const c = config();
  const wrap =
    (call: Call): Call =>
    async (name, args) => {
      try {
        return await call(name, args);
      } catch (err) {
        if (err instanceof AppError) throw new CliError(`${err.code}: ${err.message}`);
        throw err;
      }
    };
  const lock = c.DATABASE_URL ? null : readDataDirLock(dataDir(c));
  if (lock) return fn(wrap((name, args) => runOperation(c, name, args)));
  const { platform, handle } = await openPlatform(c, createLogger({ ...c, XINREN_LOG_LEVEL: 'warn' }, 'xinren-cli'));
  try {
    return await fn(wrap((name, args) => runCliOperation(platform, name, args)));
  } finally {
    await handle.close();
  }
}

function versionNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a version is a whole number from 1');
  return n;
}

function isoTime(value: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new InvalidArgumentError('give an ISO 8601 time, e.g. 2026-11-25T08:00:00Z');
  return new Date(t).toISOString();
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100) throw new InvalidArgumentError('a whole number from 0 to 100');
  return n;
}

const iso = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 19).replace('T', ' ');

interface Summary {
  version: number;
  name: string;
  status: string;
  note: string | null;
  createdAt: string | Date;
  createdBy: string;
  statusChangedAt: string | Date;
}

/** One version a line, aligned. */
export function formatPolicyList(items: readonly Summary[]): string {
  const rows = [
    ['VERSION', 'STATUS', 'NAME', 'CREATED', 'BY', 'NOTE'],
    ...items.map((p) => [String(p.version), p.status, p.name, iso(p.createdAt), p.createdBy, p.note ?? '']),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The backtest summary for people: counts per kind and outcome change, with examples. */
export function formatBacktest(s: BacktestSummary): string {
  const lines: string[] = [];
  const active = s.active.version === null ? s.active.name : `${s.active.version} (${s.active.name})`;
  lines.push(`policy ${s.candidate.version} (${s.candidate.name}) against the active policy ${active}`);
  lines.push(`events received ${s.from ? iso(s.from) : 'from the start'} to ${s.to ? iso(s.to) : 'now'}`);
  lines.push(`screened: ${s.screened.listing} listings, ${s.screened.live_segment} live segments`);
  const total = s.screened.listing + s.screened.live_segment;
  const pct = total === 0 ? 0 : (100 * s.changed) / total;
  lines.push(`decisions that would change: ${s.changed} (${pct.toFixed(1)}%)`);
  for (const c of s.changes) {
    lines.push('');
    lines.push(`${c.kind.padEnd(12)} ${c.active} → ${c.candidate}: ${c.count}`);
    for (const e of c.examples) {
      const findings = e.findings.map((f) => `${f.category}:${f.term}(${f.severity})`).join(' ');
      lines.push(`  ${e.contentId}  ${e.excerpt}`);
      if (findings) lines.push(`    ${findings}`);
    }
  }
  return lines.join('\n');
}

export interface BacktestArgs {
  version: number;
  from?: string;
  to?: string;
  kind?: 'listing' | 'live_segment';
  examples: number;
}

/** Drives a backtest run step by step, reporting progress; the same over the bridge or in process. */
export async function driveBacktest(
  call: Call,
  args: BacktestArgs,
  onProgress?: (p: BacktestProgress) => void,
  stepSize = 1_000,
): Promise<BacktestSummary> {
  let p = (await call('policy.backtest.start', args)) as BacktestProgress;
  onProgress?.(p);
  while (!p.done) {
    p = (await call('policy.backtest.step', { runId: p.runId, maxEvents: stepSize })) as BacktestProgress;
    onProgress?.(p);
  }
  return (await call('policy.backtest.finish', { runId: p.runId })) as BacktestSummary;
}

export function policyCommand(): Command {
  const policy = new Command('policy').description('Screening policies: versions, lifecycle, backtests');

  policy
    .command('list')
    .description('Every policy version with its status')
    .option('--json', 'print JSON', false)
    .action(async (opts: { json: boolean }) => {
      const items = await withOperations((call) => call('policy.list', {}));
      process.stdout.write(opts.json ? `${JSON.stringify(items, null, 2)}\n` : `${formatPolicyList(items)}\n`);
    });

  policy
    .command('show <version>')
    .description('One version: status, rules and its YAML source')
    .option('--json', 'print JSON', false)
    .action(async (v: string, opts: { json: boolean }) => {
      const p = await withOperations((call) => call('policy.show', { version: versionNumber(v) }));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(p, null, 2)}\n`);
        return;
      }
      process.stderr.write(
        `# policy ${p.version} (${p.name}), ${p.status}; created ${iso(p.createdAt)} by ${p.createdBy}${p.note ? `: ${p.note}` : ''}\n`,
      );
      process.stdout.write(p.source.endsWith('\n') ? p.source : `${p.source}\n`);
    });

  policy
    .command('create <file>')
    .description('Store a policy document (YAML; - reads stdin) as a new draft version')
    .option('--note <text>', 'why this version exists')
    .action(async (file: string, opts: { note?: string }) => {
      let source: string;
      try {
        source = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch (err) {
        throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
      }
      const created = await withOperations((call) => call('policy.create', { source, note: opts.note }));
      process.stdout.write(`created policy version ${created.version} (draft)\n`);
    });

  policy
    .command('set-status <version> <status>')
    .description('Move a version to shadow, active or retired (activating retires the active one)')
    .action(async (v: string, status: string) => {
      if (!['shadow', 'active', 'retired'].includes(status)) {
        throw new CliError(`unknown status ${status}; give shadow, active or retired`);
      }
      const r = await withOperations((call) => call('policy.set-status', { version: versionNumber(v), status }));
      process.stdout.write(`policy ${r.version} is now ${r.status}\n`);
    });

  policy
    .command('backtest')
    .description('Re-screen stored listings and live segments with a version and show what would change')
    .requiredOption('--version <n>', 'the policy version to try', versionNumber)
    .option('--from <iso>', 'events received at or after this time', isoTime)
    .option('--to <iso>', 'events received before this time', isoTime)
    .addOption(new Option('--kind <kind>', 'only this kind of content').choices(['listing', 'live_segment']))
    .option('--examples <n>', 'examples per change', count, 5)
    .option('--json', 'print the summary as JSON', false)
    .action(async (opts: BacktestArgs & { json: boolean }) => {
      const { json, ...args } = opts;
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'backtest [{bar}] {percentage}% | {value}/{total} events', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      let started = false;
      const summary = await withOperations((call) =>
        driveBacktest(call, args, (p) => {
          if (!started) {
            bar.start(p.total, 0);
            started = true;
          }
          bar.setTotal(Math.max(p.total, p.processed));
          bar.update(p.processed);
        }),
      ).finally(() => {
        if (started) bar.stop();
      });
      process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatBacktest(summary)}\n`);
    });

  return policy;
}
