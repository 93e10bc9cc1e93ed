import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IntakeBenchResult } from './intake.bench.js';

// The intake bench's results: a small table on stdout and the whole result as JSON.

/** The target: intake at least this share of (b), the direct insert, on PostgreSQL. */
export const TARGET_VS_DIRECT_ON_POSTGRES = 0.5;

const num = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (r: number) => `${(r * 100).toFixed(0)}%`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

export interface TargetVerdict {
  evaluated: boolean;
  met: boolean;
  ratio: number | null;
  text: string;
}

export function targetVerdict(result: IntakeBenchResult): TargetVerdict {
  const pg = result.databases.find((d) => d.database === 'postgres');
  const goal = `intake >= ${pct(TARGET_VS_DIRECT_ON_POSTGRES)} of (b) on PostgreSQL`;
  if (!pg)
    return {
      evaluated: false,
      met: false,
      ratio: null,
      text: `Target (${goal}): not evaluated, the PostgreSQL part was skipped`,
    };
  const met = pg.intakeVsDirect >= TARGET_VS_DIRECT_ON_POSTGRES;
  return {
    evaluated: true,
    met,
    ratio: pg.intakeVsDirect,
    text: `Target (${goal}): ${met ? 'MET' : 'NOT MET'} (${pct(pg.intakeVsDirect)})`,
  };
}

export function formatReport(result: IntakeBenchResult): string {
  const o = result.options;
  const rows = [
    ['database', 'intake ev/s', '(a) bare Fastify ev/s', '(b) direct insert ev/s', 'intake/(a)', 'intake/(b)'],
    ...result.databases.map((d) => [
      d.label,
      num(d.intake.eventsPerSec),
      num(result.bare.eventsPerSec),
      num(d.direct.eventsPerSec),
      pct(d.intakeVsBare),
      pct(d.intakeVsDirect),
    ]),
  ];
  const lines = [
    '',
    `Event intake: batches of ${o.batchSize} order.paid events, every ${o.retryEvery}th batch a retry (all duplicates), ` +
      `${o.concurrency} in flight, ${o.warmupMs / 1_000}s warm-up + ${o.measureMs / 1_000}s measured per phase`,
    '',
    table(rows),
    '',
    ...result.databases.map(
      (d) =>
        `${d.label}: intake p50/p99 ${d.intake.latencyMs.p50}/${d.intake.latencyMs.p99} ms per batch, ` +
        `(b) p50/p99 ${d.direct.latencyMs.p50}/${d.direct.latencyMs.p99} ms; ${d.detail}`,
    ),
    `(a): p50/p99 ${result.bare.latencyMs.p50}/${result.bare.latencyMs.p99} ms per batch`,
    ...result.skipped.map((s) => `${s.database}: skipped (${s.reason})`),
    '',
    targetVerdict(result).text,
  ];
  return lines.join('\n');
}

export function writeJson(path: string, result: IntakeBenchResult, extra: Record<string, unknown>): void {
  writeResultJson(path, { ...extra, ...result, target: targetVerdict(result) });
}

/** Writes one bench's results, creating bench/results/ when needed. */
export function writeResultJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
