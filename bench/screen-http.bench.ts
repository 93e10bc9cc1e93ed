import Fastify from 'fastify';
import { openDatabase } from '../src/platform/db/database.js';
import { type ClosedResult, type JsonLoadClient, type JsonTarget, startJsonLoadClient } from './json-load.js';
import { note } from './progress.js';
import { TYPICAL_LISTINGS } from './screen.bench.js';
import { startScreeningServer } from './screening-server.js';
import { runIfStandalone } from './standalone.js';

// POST /v1/screen end to end over HTTP on loopback (the real app, API key auth, zod validation,
// the stored lexicons and policy of a PGlite database, the response serialised), against a bare
// Fastify route that parses the same bodies and answers a canned verdict of the same shape: the
// HTTP + JSON ceiling of this machine. Closed loop, `concurrency` requests in flight, from a
// client in a child process. The two are measured in alternating rounds so that a change in the
// machine's load (it is shared) falls on both alike.

/** The target: POST /v1/screen at least this share of the bare route's requests a second. */
export const TARGET_SCREEN_VS_BARE = 0.4;

export interface ScreenHttpBenchOptions {
  warmupMs?: number;
  /** Per round and route. */
  measureMs?: number;
  rounds?: number;
  concurrency?: number;
  /** A running load client to use; else one is started and stopped. */
  client?: JsonLoadClient;
}

export interface ScreenHttpBenchResult {
  startedAt: string;
  options: Required<Omit<ScreenHttpBenchOptions, 'client'>>;
  bodies: number;
  meanBodyBytes: number;
  meanTextBytes: number;
  bare: ClosedResult;
  screen: ClosedResult;
  /** Per round: screen requests/s over bare requests/s. */
  roundRatios: number[];
  /** The median of roundRatios. */
  ratio: number;
  target: { ratio: number; met: boolean };
}

function listingBodies(): string[] {
  return TYPICAL_LISTINGS.map((text) =>
    JSON.stringify({
      kind: 'listing',
      text,
      context: { category: '日用百货', price: { amount: 199, currency: 'CNY' } },
    }),
  );
}

async function startBareScreen(): Promise<{ origin: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.post('/v1/screen', async (req) => {
    const body = req.body as { kind?: unknown; text?: unknown };
    if (typeof body.text !== 'string') throw new Error('text missing');
    return { outcome: 'allow', score: 0, findings: [], policy: { version: 1, name: 'default' }, rules: [] };
  });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  return { origin, close: () => app.close() };
}

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return 0;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid] : Math.round(((v[mid - 1] + v[mid]) / 2) * 1_000) / 1_000;
}

/** Adds up rounds of one route into one result (latency percentiles: the worst round's). */
function combine(rounds: ClosedResult[]): ClosedResult {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const elapsedMs = rounds.reduce((n, r) => n + r.elapsedMs, 0);
  const worst = (k: keyof ClosedResult['latencyMs']) => Math.max(...rounds.map((r) => r.latencyMs[k]));
  const median = (k: keyof ClosedResult['latencyMs']) => {
    const v = rounds.map((r) => r.latencyMs[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  return {
    requests,
    elapsedMs,
    requestsPerSec: Math.round((requests * 1_000) / elapsedMs),
    latencyMs: { p50: median('p50'), p95: median('p95'), p99: worst('p99'), max: worst('max') },
  };
}

export async function runScreenHttpBench(options: ScreenHttpBenchOptions = {}): Promise<ScreenHttpBenchResult> {
  const opts = {
    warmupMs: options.warmupMs ?? 2_000,
    measureMs: options.measureMs ?? 1_500,
    rounds: options.rounds ?? 8,
    concurrency: options.concurrency ?? 8,
  };
  const startedAt = new Date().toISOString();
  const bodies = listingBodies();
  const meanBodyBytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length;
  const meanTextBytes = TYPICAL_LISTINGS.reduce((n, t) => n + Buffer.byteLength(t), 0) / TYPICAL_LISTINGS.length;
  note(
    `POST /v1/screen vs a bare Fastify route: ${bodies.length} listing bodies of ${meanBodyBytes.toFixed(0)} bytes on average, ` +
      `${opts.concurrency} in flight, ${opts.rounds} rounds of ${opts.measureMs / 1_000}s each…`,
  );

  const client = options.client ?? (await startJsonLoadClient());
  const handle = await openDatabase({ dataDir: 'memory://' });
  const bareServer = await startBareScreen();
  try {
    const server = await startScreeningServer(handle, { scopes: ['screen'], sharedDatabase: false });
    try {
      const contentType = 'application/json';
      const bare: JsonTarget = { origin: bareServer.origin, path: '/v1/screen', contentType };
      const screen: JsonTarget = {
        origin: server.origin,
        path: '/v1/screen',
        authorization: server.authorization,
        contentType,
        // A real verdict under the database's active policy (seeded as version 1).
        expectIncludes: '"policy":{"version":1',
      };
      const load = (durationMs: number) => ({ bodies, concurrency: opts.concurrency, durationMs });
      // The first screen seeds the stored lexicons and the default policy; the warm-up pays for it.
      await client.closed(bare, load(opts.warmupMs));
      await client.closed(screen, load(opts.warmupMs));
      const bareRounds: ClosedResult[] = [];
      const screenRounds: ClosedResult[] = [];
      for (let r = 0; r < opts.rounds; r++) {
        bareRounds.push(await client.closed(bare, load(opts.measureMs)));
        screenRounds.push(await client.closed(screen, load(opts.measureMs)));
        note(
          `  round ${r + 1}: bare ${bareRounds[r].requestsPerSec.toLocaleString('en-US')} req/s, ` +
            `screen ${screenRounds[r].requestsPerSec.toLocaleString('en-US')} req/s`,
        );
      }
      const b = combine(bareRounds);
      const s = combine(screenRounds);
      const roundRatios = bareRounds.map(
        (br, i) => Math.round((screenRounds[i].requestsPerSec / br.requestsPerSec) * 1_000) / 1_000,
      );
      // The machine is shared: a round that another process disturbs must not decide the verdict.
      const ratio = median(roundRatios);
      return {
        startedAt,
        options: opts,
        bodies: bodies.length,
        meanBodyBytes: Math.round(meanBodyBytes),
        meanTextBytes: Math.round(meanTextBytes),
        bare: b,
        screen: s,
        roundRatios,
        ratio,
        target: { ratio: TARGET_SCREEN_VS_BARE, met: ratio >= TARGET_SCREEN_VS_BARE },
      };
    } finally {
      await server.close();
    }
  } finally {
    await bareServer.close();
    await handle.close();
    if (!options.client) await client.close();
  }
}

export function formatScreenHttpReport(r: ScreenHttpBenchResult): string {
  const num = (n: number) => Math.round(n).toLocaleString('en-US');
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const rows = [
    ['route', 'req/s', 'p50 ms', 'p99 ms', 'max ms'],
    ['POST /v1/screen (app, PGlite)', num(r.screen.requestsPerSec), ...latencyCells(r.screen)],
    ['bare Fastify JSON route', num(r.bare.requestsPerSec), ...latencyCells(r.bare)],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [
    `POST /v1/screen over HTTP: ${r.bodies} listings (text ${r.meanTextBytes} B, body ${r.meanBodyBytes} B on average), ` +
      `${r.options.concurrency} in flight, ${r.options.rounds} × ${r.options.measureMs / 1_000}s per route`,
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    `  screen / bare: ${pct(r.ratio)}, the median of rounds ${r.roundRatios.map(pct).join(', ')}   target ≥ ${pct(r.target.ratio)}: ${r.target.met ? 'met' : 'NOT met'}`,
  ].join('\n');
}

function latencyCells(c: ClosedResult): string[] {
  return [c.latencyMs.p50.toFixed(2), c.latencyMs.p99.toFixed(2), c.latencyMs.max.toFixed(2)];
}

runIfStandalone(import.meta.url, 'screen-http', [], () => runScreenHttpBench(), formatScreenHttpReport);
