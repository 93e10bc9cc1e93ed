import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runIntakeBench } from './intake.bench.js';
import { startLoadClient } from './load-client-process.js';
import { formatMatcherReport, runMatcherBench } from './matcher.bench.js';
import { note } from './progress.js';
import { formatReport, writeJson } from './report.js';

// `npm run bench`: every bench of the project, one after the other: the screening matcher, then
// event intake.
// BENCH_WARMUP_S, BENCH_MEASURE_S and BENCH_CONCURRENCY tune the run.

const RESULTS = fileURLToPath(new URL('./results/intake-latest.json', import.meta.url));

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return n;
}

async function main(): Promise<void> {
  const options = {
    warmupMs: envNumber('BENCH_WARMUP_S', 3) * 1_000,
    measureMs: envNumber('BENCH_MEASURE_S', 8) * 1_000,
    concurrency: envNumber('BENCH_CONCURRENCY', 8),
  };
  note(`Xinren intake bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
  process.stdout.write(`${formatMatcherReport(await runMatcherBench())}\n\n`);
  const client = await startLoadClient();
  try {
    const result = await runIntakeBench(client, options);
    process.stdout.write(`${formatReport(result)}\n`);
    writeJson(RESULTS, result, { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null });
    note(`\nresults written to ${RESULTS}`);
  } finally {
    await client.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`\nbench failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
