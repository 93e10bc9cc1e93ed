import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatDecideReport, runDecideBench } from './decide.bench.js';
import { runIntakeBench } from './intake.bench.js';
import { formatLiveStopReport, runLiveStopBench } from './live-stop.bench.js';
import { startLoadClient } from './load-client-process.js';
import { formatMatcherReport, runMatcherBench } from './matcher.bench.js';
import { note } from './progress.js';
import { formatReport, writeJson, writeResultJson } from './report.js';
import { formatScreenReport, runScreenBench } from './screen.bench.js';
import { formatScreenHttpReport, runScreenHttpBench } from './screen-http.bench.js';
import { formatStopWebhookReport, runStopWebhookBench } from './stop-webhook.bench.js';

// `npm run bench`: every bench of the project, one after the other: the screening matcher, screen()
// throughput, POST /v1/screen against a bare Fastify route, live-segment stops at 500 segments/s,
// event intake, governance decisions against plain SQL writing the same rows, then live-segment
// stops to the stream.stop_requested webhook at a receiver. Name parts to run only those:
// `npm run bench -- matcher`, `npm run bench -- matcher screen`,
// `npm run bench -- screen-http live-stop intake`, `npm run bench -- decide stop-webhook`.
// BENCH_WARMUP_S, BENCH_MEASURE_S and BENCH_CONCURRENCY tune the intake run.

const PARTS = ['matcher', 'screen', 'screen-http', 'live-stop', 'intake', 'decide', 'stop-webhook'] as const;
type Part = (typeof PARTS)[number];

const result = (name: string) => fileURLToPath(new URL(`./results/${name}-latest.json`, import.meta.url));

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not ${raw}`);
  return n;
}

function selectedParts(args: readonly string[]): Set<Part> {
  const unknown = args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown bench part ${unknown.join(', ')}; choose among ${PARTS.join(', ')}`);
  return new Set(args.length === 0 ? PARTS : (args as Part[]));
}

async function main(): Promise<void> {
  const parts = selectedParts(process.argv.slice(2));
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null };
  note(
    `Xinren bench (${[...parts].join(', ')}): node ${process.version}, ${machine.cpus} CPU(s) (${machine.cpuModel ?? 'unknown'})`,
  );

  if (parts.has('matcher')) {
    const r = await runMatcherBench();
    process.stdout.write(`${formatMatcherReport(r)}\n\n`);
    writeResultJson(result('matcher'), { ...machine, ...r });
  }
  if (parts.has('screen')) {
    const r = await runScreenBench();
    process.stdout.write(`${formatScreenReport(r)}\n\n`);
    writeResultJson(result('screen'), { ...machine, ...r });
  }
  if (parts.has('screen-http')) {
    const r = await runScreenHttpBench();
    process.stdout.write(`${formatScreenHttpReport(r)}\n\n`);
    writeResultJson(result('screen-http'), { ...machine, ...r });
  }
  if (parts.has('live-stop')) {
    const r = await runLiveStopBench();
    process.stdout.write(`${formatLiveStopReport(r)}\n\n`);
    writeResultJson(result('live-stop'), { ...machine, ...r });
  }
  if (parts.has('intake')) {
    const options = {
      warmupMs: envNumber('BENCH_WARMUP_S', 3) * 1_000,
      measureMs: envNumber('BENCH_MEASURE_S', 8) * 1_000,
      concurrency: envNumber('BENCH_CONCURRENCY', 8),
    };
    const client = await startLoadClient();
    try {
      const r = await runIntakeBench(client, options);
      process.stdout.write(`${formatReport(r)}\n`);
      writeJson(result('intake'), r, machine);
    } finally {
      await client.close();
    }
  }
  if (parts.has('decide')) {
    const r = await runDecideBench();
    process.stdout.write(`${formatDecideReport(r)}\n\n`);
    writeResultJson(result('decide'), { ...machine, ...r });
  }
  if (parts.has('stop-webhook')) {
    const r = await runStopWebhookBench();
    process.stdout.write(`${formatStopWebhookReport(r)}\n\n`);
    writeResultJson(result('stop-webhook'), { ...machine, ...r });
  }
  note(`\nresults written to ${fileURLToPath(new URL('./results/', import.meta.url))}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`\nbench failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
