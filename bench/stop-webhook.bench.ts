import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/database.js';
import { startWorkerLoop } from '../src/platform/worker-loop.js';
import { collectGarbage } from './collect-garbage.js';
import { forkReadyClient } from './fork-client.js';
import { type JsonTarget, type Latencies, percentiles } from './json-load.js';
import { openPostgresTarget } from './postgres-target.js';
import { note } from './progress.js';
import { runScreenBench } from './screen.bench.js';
import { startScreeningServer } from './screening-server.js';
import { runIfStandalone } from './standalone.js';
import {
  type FromStopClient,
  RECEIVER_PATH,
  type StopRun,
  type StopRunResult,
  type ToStopClient,
} from './stop-webhook-protocol.js';

// A stream that must stop, end to end: `live.segment` events into POST /v1/events (one per
// request, open loop: `concurrentStreams` streams live at once, each speaking `segmentsPerSecond`
// segments a second), some of which complete a severity-5 term; Xinren's worker loop (as
// `xinren serve --with-worker` runs it, in the server's process) delivers stream.stop_requested
// to a webhook endpoint on loopback, which checks the Standard Webhooks signature with the
// `standardwebhooks` package. Timed: from when the stopping segment was due to be sent to when
// its stream's verified stop arrived at the receiver. The sender and the receiver share a child
// process, so both ends are read on one clock. Checked: exactly one stop per stream that got a
// stopping segment, none for any other, in the outbox and at the receiver.
// Before each database's run, a second of screen() on one core gauges how fast the machine was
// then: on a shared machine the same code's tail swings with it.

/**
 * The target: p99 from a stopping segment to the verified webhook at the receiver. It is
 * judged on PostgreSQL, the system of record that many live streams run on; PGlite (the embedded
 * default, one session in the server's thread) is measured and shown beside it, row by row.
 */
export const TARGET_WEBHOOK_P99_MS = 50;

export type StopWebhookDatabase = 'pglite' | 'postgres';
const TARGET_DATABASE: StopWebhookDatabase = 'postgres';

export interface StopWebhookBenchOptions {
  concurrentStreams?: number;
  segmentsPerSecond?: number;
  segmentsPerStream?: number;
  /** Share of streams that get a stopping segment. */
  stopShare?: number;
  warmupMs?: number;
  measureMs?: number;
  maxSockets?: number;
  databases?: StopWebhookDatabase[];
}

export interface StopWebhookRun {
  database: StopWebhookDatabase;
  label: string;
  segments: number;
  streams: number;
  stoppingStreams: number;
  /** Verified stream.stop_requested messages the receiver got for this run's streams. */
  stopsReceived: number;
  /** stream.stop_requested rows in the outbox for this run's streams. */
  stopsInOutbox: number;
  /** Streams whose stops (outbox or receiver) are not exactly the expected 0 or 1. */
  mismatches: string[];
  /** Due → verified webhook at the receiver, per stopping segment whose stop arrived, ms. */
  webhookMs: Latencies;
  /** Due → intake answer (the outbox row is committed by then), per stopping segment, ms. */
  intakeStopMs: Latencies;
  /** Intake answer → webhook: what the outbox and the worker add, ms. */
  deliveryMs: Latencies;
  intakeAllMs: Latencies;
  badSignatures: number;
  repeatedIds: number;
  maxSendLagMs: number;
  maxInFlight: number;
  elapsedMs: number;
  targetMet: boolean;
  /**
   * screen() per second on one core, measured for a second just before the run: a CPU-only gauge
   * of how fast this machine was at the time (shared machines vary), untouched by the database.
   */
  gaugeScreensPerSec: number;
  /** Requests (batches) per intake transaction in the measured part: the mean group size. */
  batchesPerTransaction: number;
  /** Optimistic intake transactions that rolled back and ran again the careful way (PostgreSQL). */
  retriedCarefully: number;
  /** CPU time of the server's process (every thread) per segment in the measured part, ms. */
  serverCpuMsPerSegment: number;
  /** Share of the measured part the server's event loop was busy. */
  serverEventLoopUtilization: number;
}

export interface StopWebhookBenchResult {
  startedAt: string;
  options: Required<Omit<StopWebhookBenchOptions, 'databases'>>;
  runs: StopWebhookRun[];
  skipped: { database: string; reason: string }[];
  /** Judged on TARGET_DATABASE's run; null when it did not run. */
  target: { p99Ms: number; database: StopWebhookDatabase; met: boolean | null };
}

type Opts = StopWebhookBenchResult['options'];

// Everyday selling talk, none of it a finding.
const TALK = [
  '欢迎新进直播间的宝宝们，先点个关注不迷路',
  '这条围巾是羊毛混纺的，摸起来软软的不扎脖子',
  '二号链接是家庭装，一箱十二瓶，适合囤货',
  '有宝宝问能不能机洗，可以的，建议放洗衣袋',
  '我身高一米六五，穿的是中号，大家参考一下',
  '这款电饭煲有预约功能，早上起来就能喝上粥',
  '拍下之后四十八小时内发货，偏远地区稍慢一点',
  '颜色有燕麦色和雾霾蓝，两个颜色都很百搭',
  '这个收纳盒可以叠着放，衣柜里一下子就整齐了',
  '运费险已经给大家加上了，收到不满意可以退',
];
// A severity-5 term in one segment, or split across two.
const SEVERE_WHOLE = ['私下出售冰毒，懂的来找我', '我这里有气枪和铅弹出售'];
const SEVERE_SPLIT: [string, string][] = [['想要冰', '毒的私信我，量大从优']];

interface Plan {
  bodies: string[];
  streamOf: string[];
  stops: { index: number; sessionId: string }[];
  /** Every stream of the run, and whether it must be stopped once. */
  streams: Map<string, boolean>;
}

/** mulberry32: the same plan every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A stream's lines, and the seq of the segment that completes its first severe term (-1: none). */
function script(random: () => number, length: number, stopShare: number): { texts: string[]; stopSeq: number } {
  const texts = Array.from({ length }, () => TALK[Math.floor(random() * TALK.length)] as string);
  if (random() >= stopShare) return { texts, stopSeq: -1 };
  const at = 2 + Math.floor(random() * (length - 4));
  let stopSeq = at;
  if (random() < 0.7) {
    texts[at] = SEVERE_WHOLE[Math.floor(random() * SEVERE_WHOLE.length)] as string;
  } else {
    const [a, b] = SEVERE_SPLIT[0] as [string, string];
    texts[at] = a;
    texts[at + 1] = b;
    stopSeq = at + 1;
  }
  // Said again after the stop was requested: no second stop may follow.
  if (random() < 0.3 && stopSeq + 1 < length) texts[length - 1] = SEVERE_WHOLE[0] as string;
  return { texts, stopSeq };
}

/** Segment i goes to slot i % concurrent; each slot runs its streams one after another. */
function plan(tag: string, count: number, opts: Opts): Plan {
  const random = rng(0x570b ^ count);
  const scripts = new Map<number, { sessionId: string; hostId: string; texts: string[]; stopSeq: number }>();
  const p: Plan = { bodies: [], streamOf: [], stops: [], streams: new Map() };
  for (let i = 0; i < count; i++) {
    const slot = i % opts.concurrentStreams;
    const turn = Math.floor(i / opts.concurrentStreams);
    const seq = turn % opts.segmentsPerStream;
    let s = scripts.get(slot);
    if (seq === 0 || !s) {
      const streamNo = Math.floor(turn / opts.segmentsPerStream) * opts.concurrentStreams + slot;
      s = {
        sessionId: `live-${tag}-${streamNo}`,
        hostId: `host-${tag}-${streamNo}`,
        ...script(random, opts.segmentsPerStream, opts.stopShare),
      };
      scripts.set(slot, s);
      p.streams.set(s.sessionId, false);
    }
    const event = {
      specversion: '1.0',
      id: `${tag}-${i}`,
      source: 'bench://stop-webhook',
      type: 'live.segment',
      time: new Date().toISOString(),
      data: {
        sessionId: s.sessionId,
        hostId: s.hostId,
        seq,
        text: s.texts[seq],
        startMs: seq * 500,
        endMs: seq * 500 + 480,
      },
    };
    p.bodies.push(JSON.stringify([event]));
    p.streamOf.push(s.sessionId);
    if (seq === s.stopSeq) {
      p.stops.push({ index: i, sessionId: s.sessionId });
      p.streams.set(s.sessionId, true);
    }
  }
  return p;
}

interface StopClient {
  port: number;
  run(run: StopRun): Promise<StopRunResult>;
  close(): Promise<void>;
}

async function startStopClient(): Promise<StopClient> {
  const child: ChildProcess = await forkReadyClient(new URL('./stop-webhook-client.ts', import.meta.url));
  const ask = <R extends FromStopClient>(msg: ToStopClient, answer: (m: FromStopClient) => R | null) =>
    new Promise<R>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the stop-webhook client exited (code ${code})`));
      const onMessage = (m: FromStopClient) => {
        const r = answer(m);
        if (r === null) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(r);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(msg);
    });
  const { port } = await ask({ type: 'port' }, (m) => (m.type === 'port' ? m : null));
  let nextRunId = 1;
  return {
    port,
    async run(run) {
      const runId = nextRunId++;
      const m = await ask({ type: 'run', runId, run }, (x) =>
        (x.type === 'done' || x.type === 'failed') && x.runId === runId ? x : null,
      );
      if (m.type === 'failed') throw new Error(`stop-webhook client: ${m.message}`);
      return m.result;
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'exit' } satisfies ToStopClient);
      await exited;
    },
  };
}

async function outboxStops(handle: DatabaseHandle): Promise<Map<string, number>> {
  const rows = await handle.db
    .selectFrom('outboxMessages')
    .select('payload')
    .where('type', '=', 'stream.stop_requested')
    .execute();
  const out = new Map<string, number>();
  for (const r of rows) {
    const body = (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { data: { sessionId: string } };
    out.set(body.data.sessionId, (out.get(body.data.sessionId) ?? 0) + 1);
  }
  return out;
}

function mismatchesOf(p: Plan, outbox: Map<string, number>, received: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [sessionId, stops] of p.streams) {
    const want = stops ? 1 : 0;
    const inOutbox = outbox.get(sessionId) ?? 0;
    const atReceiver = received[sessionId] ?? 0;
    if (inOutbox !== want || atReceiver !== want) {
      out.push(`${sessionId}: ${inOutbox} in the outbox, ${atReceiver} received, expected ${want}`);
    }
  }
  return out;
}

async function runOn(
  client: StopClient,
  opts: Opts,
  handle: DatabaseHandle,
  database: StopWebhookDatabase,
  label: string,
): Promise<StopWebhookRun> {
  collectGarbage();
  const gauge = await runScreenBench({ warmupMs: 300, measureMs: 1_000 });
  const server = await startScreeningServer(handle, {
    scopes: ['events:write'],
    sharedDatabase: database === 'postgres',
  });
  const worker = startWorkerLoop(server.platform);
  try {
    const { secret } = await server.platform.webhooks.createEndpoint({
      url: `http://127.0.0.1:${client.port}${RECEIVER_PATH}`,
      eventTypes: ['stream.stop_requested'],
      actor: 'bench',
    });
    const target: JsonTarget = {
      origin: server.origin,
      path: '/v1/events',
      authorization: server.authorization,
      contentType: 'application/cloudevents-batch+json',
      expectIncludes: '"accepted":1',
    };
    const ratePerSec = opts.concurrentStreams * opts.segmentsPerSecond;
    const tag = randomBytes(3).toString('hex');
    const runPlan = (p: Plan) =>
      client.run({
        secret,
        target,
        bodies: p.bodies,
        streamOf: p.streamOf,
        ratePerSec,
        maxSockets: opts.maxSockets,
        stops: p.stops,
        settleMs: 5_000,
      });
    note(`  ${label}: ${opts.warmupMs / 1_000}s warm-up…`);
    const warm = plan(`${tag}w`, Math.round((ratePerSec * opts.warmupMs) / 1_000), opts);
    const warmResult = await runPlan(warm);
    const warmMismatches = mismatchesOf(warm, await outboxStops(handle), warmResult.stopsBySession);
    if (warmMismatches.length > 0) note(`  warning: warm-up: ${warmMismatches.slice(0, 3).join('; ')}`);

    const measured = plan(`${tag}m`, Math.round((ratePerSec * opts.measureMs) / 1_000), opts);
    note(
      `  ${label}: ${measured.bodies.length.toLocaleString('en-US')} segments at ${ratePerSec}/s, ` +
        `${measured.streams.size} streams, ${measured.stops.length} to stop…`,
    );
    const groupsBefore = server.platform.events.groupStats;
    const retriedBefore = server.platform.events.retriedCarefully;
    const cpuBefore = process.cpuUsage();
    const eluBefore = performance.eventLoopUtilization();
    const r = await runPlan(measured);
    // The measured part ends when the last stop arrived or the settle time ran out: the CPU of the
    // idle tail is small but counted.
    const elu = performance.eventLoopUtilization(eluBefore);
    const cpu = process.cpuUsage(cpuBefore);
    const groupsAfter = server.platform.events.groupStats;
    const retriedCarefully = server.platform.events.retriedCarefully - retriedBefore;
    const outbox = await outboxStops(handle);
    const mismatches = mismatchesOf(measured, outbox, r.stopsBySession);
    const arrived = r.stops.filter((s) => s.webhookMs !== null);
    const webhookMs = percentiles(arrived.map((s) => s.webhookMs as number));
    let stopsInOutbox = 0;
    for (const sessionId of measured.streams.keys()) stopsInOutbox += outbox.get(sessionId) ?? 0;
    return {
      database,
      label,
      segments: measured.bodies.length,
      streams: measured.streams.size,
      stoppingStreams: measured.stops.length,
      stopsReceived: Object.values(r.stopsBySession).reduce((a, b) => a + b, 0),
      stopsInOutbox,
      mismatches,
      webhookMs,
      intakeStopMs: percentiles(r.stops.map((s) => s.intakeMs)),
      deliveryMs: percentiles(arrived.map((s) => (s.webhookMs as number) - s.intakeMs)),
      intakeAllMs: percentiles(r.intakeMs),
      badSignatures: r.badSignature,
      repeatedIds: r.repeatedIds,
      maxSendLagMs: r.maxSendLagMs,
      maxInFlight: r.maxInFlight,
      elapsedMs: r.elapsedMs,
      targetMet: webhookMs.p99 <= TARGET_WEBHOOK_P99_MS && mismatches.length === 0 && r.badSignature === 0,
      gaugeScreensPerSec: gauge.screensPerSec,
      serverCpuMsPerSegment: (cpu.user + cpu.system) / 1_000 / measured.bodies.length,
      serverEventLoopUtilization: elu.utilization,
      batchesPerTransaction:
        (groupsAfter.batches - groupsBefore.batches) / Math.max(1, groupsAfter.groups - groupsBefore.groups),
      retriedCarefully,
    };
  } finally {
    await worker.stop();
    await server.close();
  }
}

export async function runStopWebhookBench(options: StopWebhookBenchOptions = {}): Promise<StopWebhookBenchResult> {
  const opts: Opts = {
    concurrentStreams: options.concurrentStreams ?? 200,
    segmentsPerSecond: options.segmentsPerSecond ?? 2,
    segmentsPerStream: options.segmentsPerStream ?? 15,
    stopShare: options.stopShare ?? 0.5,
    warmupMs: options.warmupMs ?? 3_000,
    measureMs: options.measureMs ?? 15_000,
    maxSockets: options.maxSockets ?? 256,
  };
  const databases = new Set(options.databases ?? ['pglite', 'postgres']);
  const startedAt = new Date().toISOString();
  note(
    `live.segment → stream.stop_requested at a webhook receiver: ${opts.concurrentStreams} streams × ` +
      `${opts.segmentsPerSecond} segments/s open loop, ${opts.measureMs / 1_000}s measured per database`,
  );
  const client = await startStopClient();
  const runs: StopWebhookRun[] = [];
  const skipped: StopWebhookBenchResult['skipped'] = [];
  try {
    if (databases.has('pglite')) {
      // A data directory, as `xinren serve` keeps PGlite.
      const dir = mkdtempSync(join(tmpdir(), 'xinren-stop-webhook-'));
      const handle = await openDatabase({ dataDir: dir });
      try {
        runs.push(await runOn(client, opts, handle, 'pglite', 'PGlite (a data directory)'));
      } finally {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
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
          try {
            const label = `PostgreSQL ${pg.serverVersion.split(' ')[0]} (${pg.origin})`;
            runs.push(await runOn(client, opts, handle, 'postgres', label));
          } finally {
            await handle.close();
          }
        } finally {
          await pg.close();
        }
      }
    }
  } finally {
    await client.close();
  }
  return {
    startedAt,
    options: opts,
    runs,
    skipped,
    target: {
      p99Ms: TARGET_WEBHOOK_P99_MS,
      database: TARGET_DATABASE,
      met: runs.find((r) => r.database === TARGET_DATABASE)?.targetMet ?? null,
    },
  };
}

export function formatStopWebhookReport(r: StopWebhookBenchResult): string {
  const o = r.options;
  const ms = (x: number) => x.toFixed(1);
  const rows = [
    [
      'database',
      'webhook p50',
      'p99',
      'max',
      'intake p50',
      'p99',
      'delivery p50',
      'p99',
      'received',
      'should',
      'target',
    ],
    ...r.runs.map((x) => [
      x.label,
      ms(x.webhookMs.p50),
      ms(x.webhookMs.p99),
      ms(x.webhookMs.max),
      ms(x.intakeStopMs.p50),
      ms(x.intakeStopMs.p99),
      ms(x.deliveryMs.p50),
      ms(x.deliveryMs.p99),
      String(x.stopsReceived),
      String(x.stoppingStreams),
      x.targetMet ? 'met' : 'NOT met',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    `live.segment → verified stream.stop_requested at a webhook receiver on loopback (ms from when the stopping ` +
      `segment was due): ${o.concurrentStreams} streams × ${o.segmentsPerSecond} segments/s open loop ` +
      `(${o.concurrentStreams * o.segmentsPerSecond}/s), ${Math.round(o.stopShare * 100)}% of streams stopped, ` +
      `${o.measureMs / 1_000}s; intake: due → intake answer (outbox row committed); delivery: intake answer → webhook`,
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...r.runs.flatMap((x) => [
      `  ${x.database}: ${x.segments} segments (all: intake p50 ${ms(x.intakeAllMs.p50)}, p99 ${ms(x.intakeAllMs.p99)}), ` +
        `${x.streams} streams, ${x.stopsInOutbox} stops in the outbox; ${x.badSignatures} bad signatures, ` +
        `${x.repeatedIds} redeliveries; client send lag ≤ ${x.maxSendLagMs} ms, ≤ ${x.maxInFlight} in flight; ` +
        `server: ${x.serverCpuMsPerSegment.toFixed(2)} ms CPU per segment, event loop ${(x.serverEventLoopUtilization * 100).toFixed(0)}% busy, ` +
        `${x.batchesPerTransaction.toFixed(2)} requests per intake transaction, ${x.retriedCarefully} run again carefully; ` +
        `machine gauge just before: screen() ${Math.round(x.gaugeScreensPerSec).toLocaleString('en-US')}/s on one core`,
      ...x.mismatches.slice(0, 5).map((m) => `  ${x.database} MISMATCH ${m}`),
    ]),
    ...r.skipped.map((s) => `  ${s.database}: skipped (${s.reason})`),
    `  target on ${r.target.database === 'postgres' ? 'PostgreSQL' : r.target.database} (each row says how its database fared): ` +
      `webhook p99 ≤ ${r.target.p99Ms} ms and one stop per stopping stream: ` +
      `${r.target.met === null ? 'not evaluated' : r.target.met ? 'met' : 'NOT met'}`,
  ].join('\n');
}

runIfStandalone(
  import.meta.url,
  'stop-webhook',
  ['pglite', 'postgres'] as const satisfies readonly StopWebhookDatabase[],
  (only) => runStopWebhookBench(only.length > 0 ? { databases: only } : {}),
  formatStopWebhookReport,
);
