import { DRAMA_SCRIPTS } from '../content/drama.js';
import { composeHardNegativeLine, HARD_NEGATIVE_SHARE } from '../content/hard-negatives.js';
import { LIVE_CLOSINGS, LIVE_LINES, LIVE_OPENINGS, SESSION_THEMES } from '../content/live-talk.js';
import { composeLiveProblemLine, LIVE_PROBLEM_WEIGHTS, STRADDLE_SHARE } from '../content/problems.js';
import { fill, yuan } from '../content/text.js';
import type { GeneratedEvent, GroundTruth, ProblemKind } from '../ground-truth.js';
import type { Host, Listing, LiveSession } from '../world/entities.js';
import type { SimContext } from './sim-context.js';

const MAX_PRODUCTS_PER_SESSION = 6;
const RISKY_HOST_PREFERENCE = 0.6;

function inEpisode(session: LiveSession): boolean {
  return session.carry !== undefined || session.script.length > 0;
}

function isRiskyHost(ctx: SimContext, session: LiveSession): boolean {
  return ctx.world.hosts.get(session.hostId)?.risky ?? false;
}

/** A host whose shop has something on sale goes live. */
export function startLive(ctx: SimContext): GeneratedEvent[] {
  const { world, rng, now } = ctx;
  if (world.liveSessions.size >= world.config.maxLiveSessions) return [];
  const host = world.hosts.pickWhere(rng, (h) => world.canGoLive(h, now));
  if (!host) return [];
  const listingIds = onSaleListingsOf(ctx, host.merchantId).slice(0, MAX_PRODUCTS_PER_SESSION);
  if (listingIds.length === 0) return [];
  const drawn = rng.int(80, host.risky ? 6_000 : 2_500);
  // Restricted traffic: the platform recommends the room less, so fewer people come in.
  const viewers = world.hasRestrictedTraffic(host, now) ? Math.max(20, Math.round(drawn / 4)) : drawn;
  const session: LiveSession = {
    id: ctx.ids.next('live'),
    hostId: host.id,
    merchantId: host.merchantId,
    title: `${host.nickname}｜${rng.pick(SESSION_THEMES)}`,
    listingIds,
    startedAt: now,
    seq: 0,
    mediaMs: 0,
    viewers,
    peakViewers: viewers,
    totalViewers: viewers,
    plannedSegments: rng.int(
      world.config.minSegmentsPerSession,
      Math.max(world.config.minSegmentsPerSession, world.config.maxSegmentsPerSession),
    ),
    focus: 0,
    script: [],
    hadProblem: null,
  };
  world.startSession(session);
  return [
    ctx.emit('live.started', {
      sessionId: session.id,
      hostId: host.id,
      merchantId: host.merchantId,
      title: session.title,
      productListingIds: listingIds,
    }),
  ];
}

function onSaleListingsOf(ctx: SimContext, merchantId: string): string[] {
  const ids: string[] = [];
  for (const listing of ctx.world.listings.values()) {
    if (listing.merchantId === merchantId && ctx.world.isOnSale(listing, ctx.now)) ids.push(listing.id);
  }
  // Newest first: a stream presents what the shop listed last.
  return ids.reverse();
}

/** The product the host is presenting, skipping those taken off sale since the stream started. */
function presentedListing(ctx: SimContext, session: LiveSession): Listing | undefined {
  for (let k = 0; k < session.listingIds.length; k++) {
    const index = (session.focus + k) % session.listingIds.length;
    const listing = ctx.world.listings.get(session.listingIds[index] as string);
    if (listing && ctx.world.isOnSale(listing, ctx.now)) {
      session.focus = index;
      return listing;
    }
  }
  return undefined;
}

function talkVars(ctx: SimContext, session: LiveSession, host: Host | undefined, listing: Listing | undefined) {
  const { rng } = ctx;
  return {
    product: listing?.productName ?? '这款',
    spec: listing?.attributes.规格 ?? '常规款',
    point: listing?.description.split('。')[1]?.split('，')[0] || '品质很好',
    price: listing ? yuan(listing.price) : '99',
    host: host?.nickname ?? '我',
    n: rng.int(3, 50),
    link: session.focus + 1,
  };
}

function ordinaryLines(ctx: SimContext, vars: Record<string, string | number>, count: number): string[] {
  const lines: string[] = [];
  while (lines.length < count) {
    const line = fill(ctx.rng.pick(LIVE_LINES), vars);
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

function noteProblem(ctx: SimContext, session: LiveSession, kind: ProblemKind): void {
  if (session.hadProblem === kind) return;
  session.hadProblem = kind;
  const minute = Math.floor(session.mediaMs / 60_000) + 1;
  ctx.world.rememberReportable({
    targetType: 'live_session',
    targetId: session.id,
    kind,
    location: `直播第${minute}分钟`,
  });
  ctx.world.rememberReportable({ targetType: 'host', targetId: session.hostId, kind });
}

interface Utterance {
  text: string;
  truth?: GroundTruth;
}

function compose(
  ctx: SimContext,
  session: LiveSession,
  vars: Record<string, string | number>,
  startEpisode: boolean,
): Utterance {
  const { rng } = ctx;
  const carry = session.carry;
  if (carry) {
    delete session.carry;
    const after = rng.chance(0.5) ? `，${ordinaryLines(ctx, vars, 1).join('，')}` : '';
    return {
      text: `${carry.text}${after}。`,
      truth: { problem: { kind: carry.kind, cue: carry.cue, straddle: 'tail' } },
    };
  }
  const scripted = session.script.shift();
  if (scripted) return { text: `${scripted.text}`, truth: { problem: { kind: scripted.kind, cue: scripted.cue } } };

  if (startEpisode) {
    const kind = rng.weighted(LIVE_PROBLEM_WEIGHTS).kind;
    noteProblem(ctx, session, kind);
    if (kind === 'staged_drama') {
      const script = rng.pick(DRAMA_SCRIPTS);
      const [first, ...rest] = script.lines.map((line) =>
        fill(line, { product: String(vars.product), price: String(vars.price) }),
      );
      session.script = rest.map((text) => ({ text, kind, cue: script.cue }));
      return { text: first ?? script.cue, truth: { problem: { kind, cue: script.cue } } };
    }
    const line = composeLiveProblemLine(rng, kind, { product: String(vars.product), price: String(vars.price) });
    const cue = line.text.slice(line.cueStart, line.cueEnd);
    const lead = rng.chance(0.5) ? `${ordinaryLines(ctx, vars, 1).join('')}，` : '';
    const roomToFinish = session.seq < session.plannedSegments - 2;
    if (roomToFinish && cue.length >= 2 && rng.chance(STRADDLE_SHARE)) {
      const split = line.cueStart + rng.int(1, cue.length - 1);
      session.carry = { text: line.text.slice(split), kind, cue };
      return { text: `${lead}${line.text.slice(0, split)}`, truth: { problem: { kind, cue, straddle: 'head' } } };
    }
    return { text: `${lead}${line.text}。`, truth: { problem: { kind, cue } } };
  }

  if (session.seq === 0) return { text: `${fill(rng.pick(LIVE_OPENINGS), vars)}。` };
  if (session.seq === session.plannedSegments - 1) return { text: `${fill(rng.pick(LIVE_CLOSINGS), vars)}。` };
  if (rng.chance(HARD_NEGATIVE_SHARE)) {
    const { text, term } = composeHardNegativeLine(rng);
    return { text: `${text}。`, truth: { hardNegative: { term } } };
  }
  return { text: `${ordinaryLines(ctx, vars, rng.int(1, 3)).join('，')}。` };
}

/**
 * The next transcript segment of a live stream, or its live.ended when it has said all it planned
 * (never in the middle of a drama script or a split cue).
 */
export function speakSegment(ctx: SimContext): GeneratedEvent[] {
  const { world, rng } = ctx;
  let session = world.liveSessions.pick(rng);
  if (!session) return [];
  let startEpisode = false;
  if (!inEpisode(session)) {
    if (session.seq >= session.plannedSegments) {
      const ended = world.endSession(session.id, 'finished', ctx.now);
      return ended ? [ctx.emit('live.ended', ended)] : [];
    }
    startEpisode = rng.chance(ctx.liveEpisodeProbability);
    // Problems cluster on risky hosts: hand the episode to one of them when one is live.
    if (startEpisode && !isRiskyHost(ctx, session) && rng.chance(RISKY_HOST_PREFERENCE)) {
      session =
        world.liveSessions.pickWhere(
          rng,
          (s) => isRiskyHost(ctx, s) && !inEpisode(s) && s.seq > 0 && s.seq < s.plannedSegments,
        ) ?? session;
    }
  }
  const host = world.hosts.get(session.hostId);
  if (rng.chance(0.12)) session.focus = (session.focus + 1) % session.listingIds.length;
  const listing = presentedListing(ctx, session);
  const utterance = compose(ctx, session, talkVars(ctx, session, host, listing), startEpisode);

  const startMs = session.mediaMs + rng.int(200, 1_500);
  const endMs = startMs + utterance.text.length * rng.int(180, 260);
  session.mediaMs = endMs;
  const arrivals = rng.int(0, Math.ceil(session.viewers / 8) + 5);
  const departures = rng.int(0, Math.ceil(session.viewers / 9));
  session.viewers = Math.max(0, session.viewers + arrivals - departures);
  session.totalViewers += arrivals;
  session.peakViewers = Math.max(session.peakViewers, session.viewers);

  const event = ctx.emit(
    'live.segment',
    {
      sessionId: session.id,
      hostId: session.hostId,
      seq: session.seq,
      text: utterance.text,
      startMs,
      endMs,
      viewers: session.viewers,
    },
    utterance.truth,
  );
  session.seq++;
  return [event];
}
