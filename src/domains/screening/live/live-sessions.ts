import type { ScreenFinding, ScreeningEngine } from '../engine/screen-text.js';

export interface LiveSessionOptions {
  /** Half-life of a session's risk score. Default 60 s. */
  halfLifeMs?: number;
  /** A session whose risk score reaches this is stopped. Default 10. */
  stopScore?: number;
  /** A single finding this severe stops the session at once. Default 5. */
  stopSeverity?: number;
  /** Sessions idle this long are forgotten. Default 30 min. */
  idleMs?: number;
  /** Most sessions kept; the least recently active go first. Default 100,000. */
  maxSessions?: number;
  /** How much of the previous segment is screened again with the next. Default 16 UTF-16 units. */
  tailChars?: number;
  /**
   * The window of earlier talk a segment is screened with (staged drama: pressure talk counts next
   * to drama in it): at most this many UTF-16 units of the latest segments. Default 600.
   */
  windowChars?: number;
  /** Talk older than this leaves the window. Default 120 s. */
  windowMs?: number;
  /**
   * Keep each session's state in the database (scr_live_sessions) as well, written once per batch
   * in the intake transaction (and read when this process does not hold the latest), so segments
   * of one session may arrive at any of several processes. Default false: state lives in this
   * process only.
   */
  shared?: boolean;
}

/** A session's state as the database keeps it (shared mode). */
export interface PersistedSession {
  tail: string;
  recent: string[];
  score: number;
  shadowScore: number;
  lastSeq: number;
  updatedAtMs: number;
  stopped: boolean;
  /** Counts the stored writes of the session: a write expects the one it read. */
  version: number;
}

interface SessionState {
  /** The end of the previous segment, so that a term split across two segments is found. */
  tail: string;
  /** The latest segments' text, oldest first, within the window (see windowChars, windowMs). */
  recent: string[];
  /** Decayed sum of the segments' severity sums. */
  score: number;
  /** The same under the shadow policy's half-life (a policy's live settings may differ). */
  shadowScore: number;
  lastSeq: number;
  updatedAt: number;
  /** A stop was requested (or found already recorded): never request it again. */
  stopped: boolean;
  /** Whether the verdict store was asked about an earlier stop since this state was created. */
  storeChecked: boolean;
  /** Shared mode: the stored version this state was read as or written as (0: no row); null: unknown. */
  version: number | null;
}

/** A policy's live settings; they override the constructor's for one call. */
export interface LiveScoreSettings {
  halfLifeMs: number;
  stopScore: number;
}

export interface SegmentInput {
  sessionId: string;
  seq: number;
  text: string;
}

export interface SegmentResult {
  /** Findings that end inside this segment; offsets are into its text (start is 0 for a term begun in the previous one). */
  findings: ScreenFinding[];
  maxSeverity: number;
  /** Sum over the segment's finding categories of each one's highest severity: what the score adds. */
  severitySum: number;
  /** The session's risk score after this segment. */
  sessionScore: number;
  /** The session's risk score under the shadow settings (equal to sessionScore without them). */
  shadowSessionScore: number;
  /** This segment is severe enough, or the session risky enough, to stop the stream. */
  stopWorthy: boolean;
  state: SessionState;
}

/**
 * Per-session screening state of live streams, in process memory: the hot path makes no database
 * round trip. Bounded: sessions idle for `idleMs` are dropped, and at most `maxSessions` are kept
 * (a Map in least-recently-active order, so eviction stops at the first live session).
 */
export class LiveSessions {
  readonly #sessions = new Map<string, SessionState>();
  readonly #halfLifeMs: number;
  readonly #stopScore: number;
  readonly #stopSeverity: number;
  readonly #idleMs: number;
  readonly #maxSessions: number;
  readonly #tailChars: number;
  readonly #windowChars: number;
  readonly #windowMs: number;

  constructor(options: LiveSessionOptions = {}) {
    this.#halfLifeMs = options.halfLifeMs ?? 60_000;
    this.#stopScore = options.stopScore ?? 10;
    this.#stopSeverity = options.stopSeverity ?? 5;
    this.#idleMs = options.idleMs ?? 30 * 60_000;
    this.#maxSessions = options.maxSessions ?? 100_000;
    this.#tailChars = options.tailChars ?? 16;
    this.#windowChars = options.windowChars ?? 600;
    this.#windowMs = options.windowMs ?? 120_000;
    this.shared = options.shared ?? false;
  }

  get size(): number {
    return this.#sessions.size;
  }

  get stopScore(): number {
    return this.#stopScore;
  }

  get idleMs(): number {
    return this.#idleMs;
  }

  readonly shared: boolean;

  end(sessionId: string): void {
    this.#sessions.delete(sessionId);
  }

  /** The state to persist, or undefined for a session this process does not hold. */
  snapshot(sessionId: string): PersistedSession | undefined {
    const s = this.#sessions.get(sessionId);
    if (!s) return undefined;
    return {
      tail: s.tail,
      recent: s.recent,
      score: s.score,
      shadowScore: s.shadowScore,
      lastSeq: s.lastSeq,
      updatedAtMs: s.updatedAt,
      stopped: s.stopped,
      version: s.version ?? 0,
    };
  }

  /** The stored version this process's state of the session is known to match, or null. */
  heldVersion(sessionId: string): number | null {
    return this.#sessions.get(sessionId)?.version ?? null;
  }

  /** Records what the verdict store says of an earlier stop of the session (see storeChecked). */
  stopChecked(sessionId: string, stopRecorded: boolean): void {
    const s = this.#sessions.get(sessionId);
    if (!s) return;
    s.storeChecked = true;
    if (stopRecorded) s.stopped = true;
  }

  /** Records that the session's state was stored as this version. */
  stored(sessionId: string, version: number): void {
    const s = this.#sessions.get(sessionId);
    if (s) s.version = version;
  }

  /** The session's window of recent talk (before the next segment is screened), oldest first. */
  window(sessionId: string): string[] {
    return this.#sessions.get(sessionId)?.recent.slice() ?? [];
  }

  /**
   * Replaces this process's state of a session with the stored one (which knows of any stop), or,
   * when none is stored, with a new session's state that knows there is no row yet.
   */
  restore(sessionId: string, p: PersistedSession | null, nowMs: number): void {
    this.#sessions.delete(sessionId);
    this.#sessions.set(
      sessionId,
      p
        ? {
            tail: p.tail,
            recent: p.recent,
            score: p.score,
            shadowScore: p.shadowScore,
            lastSeq: p.lastSeq,
            updatedAt: p.updatedAtMs,
            stopped: p.stopped,
            storeChecked: true,
            version: p.version,
          }
        : { ...freshState(nowMs), version: 0 },
    );
  }

  screen(
    engine: ScreeningEngine,
    segment: SegmentInput,
    nowMs: number,
    live?: LiveScoreSettings,
    shadowLive?: LiveScoreSettings,
  ): SegmentResult {
    let state = this.#sessions.get(segment.sessionId);
    if (state) this.#sessions.delete(segment.sessionId);
    else state = freshState(nowMs);
    // After taking the session out, so that the one being screened is never evicted.
    this.#evict(nowMs);
    // Re-inserted last: the Map stays in order of last activity.
    this.#sessions.set(segment.sessionId, state);

    // The tail joins only the segment that directly follows it; after a gap it is not adjacent.
    const adjacent = state.lastSeq >= 0 && segment.seq === state.lastSeq + 1;
    const tail = adjacent ? state.tail : '';
    const combined = tail.length > 0 ? tail + segment.text : segment.text;
    // A long silence empties the window: talk from minutes ago is not the drama of this moment.
    if (nowMs - state.updatedAt > this.#windowMs) state.recent = [];
    const result = engine.screen({
      kind: 'live_segment',
      text: combined,
      context: state.recent.length > 0 ? { recentSegments: state.recent } : undefined,
    });

    const findings: ScreenFinding[] = [];
    let maxSeverity = 0;
    let severitySum = 0;
    const shift = tail.length;
    for (const f of result.findings) {
      // A finding that ends inside the tail was counted with the previous segment.
      if (f.end <= shift) continue;
      if (shift > 0) {
        const start = Math.max(0, f.start - shift);
        f.line = lineOf(segment.text, start);
        f.start = start;
        f.end -= shift;
      }
      findings.push(f);
      if (f.severity > maxSeverity) maxSeverity = f.severity;
    }
    // Per category the most severe finding counts: one phrase often makes overlapping findings
    // (加微信 and the id after it, 全网最低 and 最低价) that would otherwise count twice.
    for (let i = 0; i < findings.length; i++) {
      const c = findings[i].category;
      let first = true;
      let max = 0;
      for (let k = 0; k < findings.length; k++) {
        if (findings[k].category !== c) continue;
        if (k < i) first = false;
        if (findings[k].severity > max) max = findings[k].severity;
      }
      if (first) severitySum += max;
    }

    const elapsed = Math.max(0, nowMs - state.updatedAt);
    const halfLifeMs = live?.halfLifeMs ?? this.#halfLifeMs;
    const stopScore = live?.stopScore ?? this.#stopScore;
    state.score = state.score * 2 ** (-elapsed / halfLifeMs) + severitySum;
    state.shadowScore = shadowLive
      ? state.shadowScore * 2 ** (-elapsed / shadowLive.halfLifeMs) + severitySum
      : state.score;
    state.updatedAt = nowMs;
    if (segment.seq > state.lastSeq) {
      state.lastSeq = segment.seq;
      state.tail = tailOf(combined, this.#tailChars);
      state.recent = windowAfter(state.recent, segment.text, this.#windowChars);
    }
    return {
      findings,
      maxSeverity,
      severitySum,
      sessionScore: state.score,
      shadowSessionScore: state.shadowScore,
      stopWorthy: maxSeverity >= this.#stopSeverity || state.score >= stopScore,
      state,
    };
  }

  #evict(nowMs: number): void {
    const idleBefore = nowMs - this.#idleMs;
    for (const [id, s] of this.#sessions) {
      if (s.updatedAt >= idleBefore && this.#sessions.size < this.#maxSessions) break;
      this.#sessions.delete(id);
    }
  }
}

function freshState(nowMs: number): SessionState {
  return {
    tail: '',
    recent: [],
    score: 0,
    shadowScore: 0,
    lastSeq: -1,
    updatedAt: nowMs,
    stopped: false,
    storeChecked: false,
    version: null,
  };
}

/** The window with text appended, its oldest segments dropped (the newest cut) to fit chars. */
function windowAfter(recent: readonly string[], text: string, chars: number): string[] {
  const next = [...recent, tailOf(text, chars)];
  let total = 0;
  for (const t of next) total += t.length;
  while (total > chars && next.length > 1) total -= (next.shift() as string).length;
  return next;
}

function tailOf(text: string, chars: number): string {
  if (text.length <= chars) return text;
  let from = text.length - chars;
  // Do not start on the second half of a surrogate pair.
  const c = text.charCodeAt(from);
  if (c >= 0xdc00 && c <= 0xdfff) from++;
  return text.slice(from);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
