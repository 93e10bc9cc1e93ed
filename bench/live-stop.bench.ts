import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/database.js';
import { type JsonLoadClient, type JsonTarget, type Latencies, percentiles, startJsonLoadClient } from './json-load.js';
import { openPostgresTarget } from './postgres-target.js';
import { note } from './progress.js';
import { startScreeningServer } from './screening-server.js';
import { runIfStandalone } from './standalone.js';

// Live streams that must be stopped: `live.segment` events, one per request to POST /v1/events,
// sent open loop at a fixed rate (500 a second) across `concurrentStreams` streams live at once,
// each stream `segmentsPerStream` segments long and then replaced by a new one. Some streams carry
// a severity-5 term, inside one segment or split across two; the segment that completes it must
// put `stream.stop_requested` in the outbox.
//
// What is timed: the intake request of each stopping segment, from when it was due to be sent to
// the whole answer. The live.segment handler publishes stream.stop_requested with publishWebhook
// on the intake transaction, and intake answers after that transaction commits, so when the answer
// arrives the outbox row is committed and visible: the request's latency bounds the time to the
// outbox row from above (by the answer's trip back over loopback). The bench checks afterwards
// that the outbox holds exactly one stop per stream that got a stopping segment, and none other.

/** The target: p99 from a stopping segment to stream.stop_requested in the outbox. */
export const TARGET_STOP_P99_MS = 20;

export interface LiveStopBenchOptions {
  segmentsPerSec?: number;
  concurrentStreams?: number;
  segmentsPerStream?: number;
  warmupMs?: number;
  measureMs?: number;
  /** Share of streams that get a stopping segment. */
  stopShare?: number;
  /** Sockets the client may hold open (requests beyond them wait, and the wait counts). */
  maxSockets?: number;
  /**
   * Live-segment verdicts stored before the run, as a database that has screened streams for a
   * while holds (a verdict is kept for every segment with a finding). Default 100,000.
   */
  priorVerdicts?: number;
  /**
   * Which databases: 'pglite' (a data directory, as `xinren serve` runs it), 'pglite-memory'
   * (memory://), 'postgres' (when one is at hand, with shared live sessions as under DATABASE_URL).
   * Default pglite and postgres.
   */
  databases?: LiveStopDatabase[];
  client?: JsonLoadClient;
}

export type LiveStopDatabase = 'pglite' | 'pglite-memory' | 'postgres';

export interface LiveStopRun {
  database: LiveStopDatabase;
  label: string;
  sharedSessions: boolean;
  segments: number;
  streams: number;
  /** Streams that got a stopping segment. */
  stoppingStreams: number;
  /** stream.stop_requested rows in the outbox for this run's streams. */
  stopRequests: number;
  /** Streams stopped more than once, or stopped without a stopping segment, or not stopped. */
  mismatches: string[];
  /** Latency of the intake request of each stopping segment, ms. */
  stopLatencyMs: Latencies;
  /** Of every segment, for comparison. */
  allLatencyMs: Latencies;
  /** The worst latency of every segment due in each second of the run, ms. */
  maxBySecondMs: number[];
  maxSendLagMs: number;
  maxInFlight: number;
  elapsedMs: number;
  targetMet: boolean;
}

export interface LiveStopBenchResult {
  startedAt: string;
  options: Required<Omit<LiveStopBenchOptions, 'client' | 'databases'>>;
  runs: LiveStopRun[];
  skipped: { database: string; reason: string }[];
  target: { p99Ms: number; met: boolean | null };
}

// Ordinary live-commerce talk: no finding of its own.
const CHATTER = [
  '家人们晚上好，欢迎来到直播间，新来的朋友点点关注',
  '这款保温杯是304不锈钢内胆，保温十二个小时没问题',
  '三号链接已经上车了，库存不多，喜欢的抓紧时间下单',
  '我们家的面膜是补水款，敏感肌也可以用，大家放心',
  '今天直播间福利价，下单备注主播名字还送一个小样',
  '看到有宝宝问尺码，一百斤左右穿M码，一百二穿L码',
  '这件外套的面料摸起来很厚实，冬天穿一点都不冷',
  '有没有想要黑色的，黑色还剩最后二十件，先到先得',
  '感谢刚刚进来的朋友，今天所有订单都是顺丰包邮',
  '这个锅是不粘锅，煎鸡蛋不用放油也不会粘，很好洗',
  '主播给大家试一下，拉链很顺滑，做工真的很细致',
  '需要发票的宝宝下单后联系平台客服，都可以开的',
];

// A severity-5 term and the text around it, whole in one segment…
const SEVERE_WHOLE = ['私下出售冰毒，懂的来找我', '我这里有气枪和铅弹出售', '有需要神仙水的私聊主播'];
// …or split: the first part ends one segment, the second begins the next.
const SEVERE_SPLIT: [string, string][] = [
  ['家人们我这里还有冰', '毒要的扣一，价格好说'],
  ['最后再说一下我们的气', '枪是正品，要的私聊'],
];
// A mild finding (severity 3): at most one per stream, so no stream's decaying score reaches the
// stop threshold by mild findings alone.
const MILD = '这款是全网最低价，错过今天就没有了';

interface Segment {
  body: string;
  sessionId: string;
  /** This segment completes a stream's first stopping term. */
  stops: boolean;
}

interface Plan {
  segments: Segment[];
  /** Every stream's session id, and whether it gets a stopping segment. */
  streams: Map<string, boolean>;
}

/** A deterministic generator (mulberry32): the same plan every run. */
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

interface StreamScript {
  sessionId: string;
  hostId: string;
  texts: string[];
  /** seq of the segment that completes the first severe term, or -1. */
  stopSeq: number;
}

function scriptStream(
  random: () => number,
  sessionId: string,
  hostId: string,
  length: number,
  stopShare: number,
): StreamScript {
  const texts = Array.from({ length }, () => CHATTER[Math.floor(random() * CHATTER.length)]);
  if (random() < 0.3) texts[1 + Math.floor(random() * (length - 2))] = MILD;
  let stopSeq = -1;
  if (random() < stopShare) {
    // Somewhere after the stream has got going, leaving room for what follows a stop.
    const at = 2 + Math.floor(random() * (length - 4));
    if (random() < 0.5) {
      texts[at] = SEVERE_WHOLE[Math.floor(random() * SEVERE_WHOLE.length)];
      stopSeq = at;
    } else {
      const [a, b] = SEVERE_SPLIT[Math.floor(random() * SEVERE_SPLIT.length)];
      texts[at] = a;
      texts[at + 1] = b;
      stopSeq = at + 1;
    }
    // Some streams go on saying it after the stop was requested: it must not be requested again.
    if (random() < 0.3 && stopSeq + 1 < length) texts[length - 1] = SEVERE_WHOLE[0];
  }
  return { sessionId, hostId, texts, stopSeq };
}

/**
 * `count` segments, interleaved over `concurrent` slots: segment i goes to slot i % concurrent, and
 * each slot runs its streams one after the other, so every stream speaks at rate / concurrent.
 */
function planSegments(tag: string, count: number, concurrent: number, perStream: number, stopShare: number): Plan {
  const random = rng(0x5eed ^ count ^ (concurrent << 16));
  const scripts = new Map<number, StreamScript>();
  const streams = new Map<string, boolean>();
  const segments: Segment[] = [];
  const time = '2026-11-25T08:00:00Z';
  for (let i = 0; i < count; i++) {
    const slot = i % concurrent;
    const turn = Math.floor(i / concurrent);
    const streamNo = Math.floor(turn / perStream) * concurrent + slot;
    const seq = turn % perStream;
    let s = scripts.get(slot);
    if (seq === 0 || !s) {
      s = scriptStream(random, `live-${tag}-${streamNo}`, `host-${streamNo % 97}`, perStream, stopShare);
      scripts.set(slot, s);
    }
    const event = {
      specversion: '1.0',
      id: `${tag}-${i}`,
      source: 'bench://live-stop',
      type: 'live.segment',
      time,
      data: {
        sessionId: s.sessionId,
        hostId: s.hostId,
        seq,
        text: s.texts[seq],
        startMs: seq * 5_000,
        endMs: seq * 5_000 + 4_800,
      },
    };
    const stops = seq === s.stopSeq;
    // A stream cut short by the end of the run counts only when its stopping segment was sent.
    if (seq === 0) streams.set(s.sessionId, false);
    if (stops) streams.set(s.sessionId, true);
    segments.push({ body: JSON.stringify([event]), sessionId: s.sessionId, stops });
  }
  return { segments, streams };
}

async function stopRequestsBySession(handle: DatabaseHandle): Promise<Map<string, number>> {
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

function checkStops(
  plan: Plan,
  stops: Map<string, number>,
): { stoppingStreams: number; stopRequests: number; mismatches: string[] } {
  let stoppingStreams = 0;
  let stopRequests = 0;
  const mismatches: string[] = [];
  for (const [sessionId, shouldStop] of plan.streams) {
    const n = stops.get(sessionId) ?? 0;
    stopRequests += n;
    if (shouldStop) stoppingStreams++;
    if (n !== (shouldStop ? 1 : 0)) mismatches.push(`${sessionId}: ${n} stop requests, expected ${shouldStop ? 1 : 0}`);
  }
  return { stoppingStreams, stopRequests, mismatches };
}

type Opts = LiveStopBenchResult['options'];

/** Earlier streams' verdicts: mostly review, one in fifty a stop, a day old, none of this run's sessions. */
async function storePriorVerdicts(handle: DatabaseHandle, count: number): Promise<void> {
  if (count <= 0) return;
  const finding = JSON.stringify([
    {
      category: 'ad_superlative',
      severity: 3,
      term: '最低价',
      section: 'text',
      line: 1,
      start: 0,
      end: 3,
      text: '最低价',
    },
  ]);
  await sql`
    insert into scr_verdicts (id, content_kind, content_id, subject_id, event_source, event_id, outcome, score, findings, policy, created_at)
    select 'vrd_prior' || g, 'live_segment', 'live-prior-' || (g / 40) || ':' || (g % 40), 'host-' || (g % 97),
      'bench://prior', 'prior-' || g, case when g % 50 = 0 then 'stop_stream' else 'review' end, 0.5,
      ${finding}::jsonb, '1', now() - interval '1 day'
    from generate_series(1, ${count}::int) g`.execute(handle.db);
  await sql`analyze scr_verdicts`.execute(handle.db);
}

async function runOn(
  client: JsonLoadClient,
  opts: Opts,
  handle: DatabaseHandle,
  database: LiveStopRun['database'],
  label: string,
): Promise<LiveStopRun> {
  const sharedSessions = database === 'postgres';
  const server = await startScreeningServer(handle, { scopes: ['events:write'], sharedDatabase: sharedSessions });
  try {
    // A subscriber, so that each stop also queues a delivery as it would in production.
    await server.platform.webhooks.createEndpoint({
      url: 'http://127.0.0.1:9/stop-hook',
      eventTypes: ['stream.stop_requested'],
      actor: 'bench',
    });
    await storePriorVerdicts(handle, opts.priorVerdicts);
    const target: JsonTarget = {
      origin: server.origin,
      path: '/v1/events',
      authorization: server.authorization,
      contentType: 'application/cloudevents-batch+json',
      expectIncludes: '"accepted":1',
    };
    const tag = randomBytes(3).toString('hex');
    const count = (ms: number) => Math.round((opts.segmentsPerSec * ms) / 1_000);
    const plan = (phase: string, ms: number) =>
      planSegments(`${tag}${phase}`, count(ms), opts.concurrentStreams, opts.segmentsPerStream, opts.stopShare);
    const send = (p: Plan) =>
      client.open(target, {
        bodies: p.segments.map((s) => s.body),
        ratePerSec: opts.segmentsPerSec,
        maxSockets: opts.maxSockets,
        // One producer per stream sends its segments in order (a split term is found only so).
        orderKeys: p.segments.map((s) => s.sessionId),
      });

    note(`  ${label}: ${opts.warmupMs / 1_000}s warm-up…`);
    const warm = plan('w', opts.warmupMs);
    await send(warm);
    const warmCheck = checkStops(warm, await stopRequestsBySession(handle));
    if (warmCheck.mismatches.length > 0) note(`  warning: warm-up: ${warmCheck.mismatches.slice(0, 3).join('; ')}`);

    const measured = plan('m', opts.measureMs);
    note(
      `  ${label}: ${measured.segments.length.toLocaleString('en-US')} segments at ${opts.segmentsPerSec}/s, ${measured.streams.size} streams…`,
    );
    const r = await send(measured);
    const check = checkStops(measured, await stopRequestsBySession(handle));
    const stopLatencies = measured.segments.flatMap((s, i) => (s.stops ? [r.latencyMs[i]] : []));
    const stopLatencyMs = percentiles(stopLatencies);
    const maxBySecondMs: number[] = [];
    r.latencyMs.forEach((ms, i) => {
      const second = Math.floor(i / opts.segmentsPerSec);
      maxBySecondMs[second] = Math.max(maxBySecondMs[second] ?? 0, ms);
    });
    return {
      database,
      label,
      sharedSessions,
      segments: measured.segments.length,
      streams: measured.streams.size,
      ...check,
      stopLatencyMs,
      allLatencyMs: percentiles(r.latencyMs),
      maxBySecondMs,
      maxSendLagMs: r.maxSendLagMs,
      maxInFlight: r.maxInFlight,
      elapsedMs: r.elapsedMs,
      targetMet: stopLatencyMs.p99 <= TARGET_STOP_P99_MS && check.mismatches.length === 0,
    };
  } finally {
    await server.close();
  }
}

export async function runLiveStopBench(options: LiveStopBenchOptions = {}): Promise<LiveStopBenchResult> {
  const opts: Opts = {
    segmentsPerSec: options.segmentsPerSec ?? 500,
    concurrentStreams: options.concurrentStreams ?? 50,
    segmentsPerStream: options.segmentsPerStream ?? 20,
    warmupMs: options.warmupMs ?? 3_000,
    measureMs: options.measureMs ?? 15_000,
    stopShare: options.stopShare ?? 0.6,
    maxSockets: options.maxSockets ?? 64,
    priorVerdicts: options.priorVerdicts ?? 100_000,
  };
  const databases = new Set(options.databases ?? ['pglite', 'postgres']);
  const startedAt = new Date().toISOString();
  note(
    `live.segment → stream.stop_requested: ${opts.segmentsPerSec} segments/s over ${opts.concurrentStreams} concurrent streams ` +
      `of ${opts.segmentsPerStream} segments, ${opts.measureMs / 1_000}s measured per database, ` +
      `${opts.priorVerdicts.toLocaleString('en-US')} earlier live verdicts`,
  );
  const client = options.client ?? (await startJsonLoadClient());
  const runs: LiveStopRun[] = [];
  const skipped: LiveStopBenchResult['skipped'] = [];
  try {
    for (const kind of ['pglite', 'pglite-memory'] as const) {
      if (!databases.has(kind)) continue;
      // `xinren serve` keeps PGlite in a data directory. Under memory:// a growing file is copied
      // whole into a larger buffer now and then, which stalls every request queued behind it
      // (new WAL segments are no longer zero-filled: see openDatabase).
      const dir = kind === 'pglite' ? mkdtempSync(join(tmpdir(), 'xinren-live-stop-')) : null;
      const handle = await openDatabase({ dataDir: dir ?? 'memory://' });
      try {
        const where = dir ? 'a data directory' : 'memory://';
        runs.push(await runOn(client, opts, handle, kind, `PGlite (${where}, sessions in process)`));
      } finally {
        await handle.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
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
            const label = `PostgreSQL ${pg.serverVersion.split(' ')[0]} (${pg.origin}, shared sessions)`;
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
    if (!options.client) await client.close();
  }
  return {
    startedAt,
    options: opts,
    runs,
    skipped,
    target: { p99Ms: TARGET_STOP_P99_MS, met: runs.length === 0 ? null : runs.every((r) => r.targetMet) },
  };
}

export function formatLiveStopReport(r: LiveStopBenchResult): string {
  const o = r.options;
  const rows = [
    ['database', 'stop p50', 'stop p99', 'stop max', 'all p50', 'all p99', 'stops', 'should', 'target'],
    ...r.runs.map((x) => [
      x.label,
      x.stopLatencyMs.p50.toFixed(2),
      x.stopLatencyMs.p99.toFixed(2),
      x.stopLatencyMs.max.toFixed(2),
      x.allLatencyMs.p50.toFixed(2),
      x.allLatencyMs.p99.toFixed(2),
      String(x.stopRequests),
      String(x.stoppingStreams),
      x.targetMet ? 'met' : 'NOT met',
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [
    `live.segment → stream.stop_requested in the outbox (ms, from when the segment was due to the intake answer, ` +
      `which comes after the commit that writes the outbox row): ${o.segmentsPerSec} segments/s open loop, one per request, ` +
      `${o.concurrentStreams} concurrent streams of ${o.segmentsPerStream} segments, ${o.measureMs / 1_000}s, ` +
      `${o.priorVerdicts.toLocaleString('en-US')} earlier live verdicts stored`,
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...r.runs.flatMap((x) => [
      `  ${x.database}: ${x.segments} segments, ${x.streams} streams; client send lag ≤ ${x.maxSendLagMs} ms, ≤ ${x.maxInFlight} in flight`,
      ...x.mismatches.slice(0, 5).map((m) => `  ${x.database} MISMATCH ${m}`),
    ]),
    ...r.skipped.map((s) => `  ${s.database}: skipped (${s.reason})`),
    `  target: stop p99 ≤ ${r.target.p99Ms} ms and one stop per stopping stream: ${r.target.met === null ? 'not evaluated' : r.target.met ? 'met' : 'NOT met'}`,
  ].join('\n');
}

runIfStandalone(
  import.meta.url,
  'live-stop',
  ['pglite', 'pglite-memory', 'postgres'] as const satisfies readonly LiveStopDatabase[],
  (only) => runLiveStopBench(only.length > 0 ? { databases: only } : {}),
  formatLiveStopReport,
);
