import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { EventHandler, StoredEvent } from '../../../platform/events/event-handlers.js';
import { newId } from '../../../platform/ids.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import type { ScreeningEngine } from '../engine/screen-text.js';
import { saturatingScore } from '../engine/screen-text.js';
import {
  forgetSessions,
  loadSessions,
  saveSessions,
  saveSessionsOrRetry,
  sessionsToLoad,
} from '../live/live-session-store.js';
import type { LiveSessions } from '../live/live-sessions.js';
import type { PolicyInput } from '../policy/evaluate-policy.js';
import { liveDecision } from '../policy/live-decision.js';
import type { PolicySnapshot } from '../policy/policy-runtime.js';
import type { ScreeningSources } from '../policy/screening-sources.js';
import { insertDisagreements, type NewDisagreement, policyLabel } from '../policy/shadow.js';
import { findingsReason } from '../reason.js';
import { insertVerdicts, type NewVerdict, streamStopRecorded } from '../screening.repository.js';
import type { VerdictListener, VerdictNotice } from '../verdict-notice.js';

/** What screening one segment leads to; written once the sessions' new state is stored. */
interface SegmentOutcome {
  verdict: NewVerdict | null;
  notice: VerdictNotice | null;
  disagreement: NewDisagreement | null;
  stop: { sessionId: string; hostId: string; reason: string } | null;
}

/**
 * Screens live transcript segments with their session's state and decides with the active
 * policy (its rules, and its live stop score and half-life). Segments with findings or a decision
 * other than allow are stored; a stop decision publishes `stream.stop_requested` once per session,
 * in the intake transaction. A shadow policy decides beside it; disagreements are stored.
 */
export function screenLiveSegments(
  clock: Clock,
  sources: ScreeningSources,
  sessions: LiveSessions,
  listener?: VerdictListener,
): EventHandler<'live.segment'> {
  return async (trx, events, intake) => {
    // Should the transaction roll back, this process forgets what these segments taught it
    // (they were never stored and may come again, and a stop they requested was never sent).
    // A forgotten session starts afresh, from the stored state in shared mode, and asks the
    // verdict store before it requests a stop.
    intake.onRollback(() => {
      for (const e of events) sessions.end(e.data.sessionId);
    });
    const [{ engine }, policies] = await Promise.all([sources.engines.current(trx), sources.policies.current(trx)]);
    const now = clock.now();
    const screen = (e: StoredEvent<'live.segment'>) => screenSegment(trx, engine, policies, sessions, listener, e, now);
    const outcomes: SegmentOutcome[] = [];
    if (!sessions.shared) {
      for (const e of events) outcomes.push(await screen(e));
    } else {
      const hostOf = new Map(events.map((e) => [e.data.sessionId, e.data.hostId]));
      const ids = [...hostOf.keys()];
      const absent = await loadSessions(trx, sessions, sessionsToLoad(sessions, ids), now.getTime());
      // A session with no stored state may have been stopped before it was forgotten: ask now,
      // rather than on the segment that must stop it.
      for (const id of absent) sessions.stopChecked(id, await streamStopRecorded(trx, id, hostOf.get(id) as string));
      for (const e of events) outcomes.push(await screen(e));
      if (intake.optimistic) {
        // Sent with the writes below and the COMMIT; a session another process wrote since fails
        // the transaction, and the batch runs again the careful way (the branch below).
        intake.commitWith(saveSessionsOrRetry(trx, sessions, ids, now.getTime()));
      } else {
        const stale = await saveSessions(trx, sessions, ids, now.getTime());
        if (stale.length > 0) {
          // Another process wrote these sessions since this one did: screen their segments again
          // from the stored state, which the refused write has locked.
          await loadSessions(trx, sessions, stale, now.getTime());
          const again = new Set(stale);
          for (let i = 0; i < events.length; i++) {
            const e = events[i] as StoredEvent<'live.segment'>;
            if (again.has(e.data.sessionId)) outcomes[i] = await screen(e);
          }
          const still = await saveSessions(trx, sessions, stale, now.getTime());
          if (still.length > 0) throw new Error(`live session state of ${still.join(', ')} changed under its lock`);
        }
      }
    }
    const verdicts: NewVerdict[] = [];
    const disagreements: NewDisagreement[] = [];
    const notices: VerdictNotice[] = [];
    const writes: Promise<unknown>[] = [];
    for (const o of outcomes) {
      if (o.verdict) verdicts.push(o.verdict);
      if (o.disagreement) disagreements.push(o.disagreement);
      if (o.notice) notices.push(o.notice);
      if (o.stop) writes.push(publishWebhook(trx, clock, 'stream.stop_requested', o.stop));
    }
    // Independent of one another and of the sessions' save: made together, they go out together
    // where the transaction pipelines its queries, with its COMMIT when optimistic (one round
    // trip for a stop, its verdict and its case to come).
    writes.push(insertVerdicts(trx, verdicts), insertDisagreements(trx, disagreements));
    if (listener && notices.length > 0) writes.push(listener(trx, notices));
    for (const write of writes) intake.commitWith(write);
  };
}

/** Screens one segment into its session's state (in memory) and says what it leads to. */
async function screenSegment(
  trx: Db,
  engine: ScreeningEngine,
  policies: PolicySnapshot,
  sessions: LiveSessions,
  listener: VerdictListener | undefined,
  e: StoredEvent<'live.segment'>,
  now: Date,
): Promise<SegmentOutcome> {
  const { active, shadow } = policies;
  const d = e.data;
  const out: SegmentOutcome = { verdict: null, notice: null, disagreement: null, stop: null };
  const before = listener ? sessions.window(d.sessionId) : [];
  const r = sessions.screen(engine, d, now.getTime(), active.live, shadow?.live);
  const input: PolicyInput = { kind: 'live_segment', findings: r.findings, score: saturatingScore(r.severitySum) };
  const decision = liveDecision(active, input, r.sessionScore);
  const outcome = decision.outcome;
  const contentId = `${d.sessionId}:${d.seq}`;
  if (shadow) {
    const shadowOutcome = liveDecision(shadow, input, r.shadowSessionScore).outcome;
    if (shadowOutcome !== outcome) {
      out.disagreement = {
        shadowVersion: shadow.version ?? 0,
        activeVersion: active.version ?? 0,
        contentKind: 'live_segment',
        contentId,
        subjectId: d.hostId,
        eventSource: e.source,
        eventId: e.id,
        activeOutcome: outcome,
        shadowOutcome,
        findings: r.findings,
        createdAt: now,
      };
    }
  }
  if (r.findings.length === 0 && outcome === 'allow') return out;
  const policy = policyLabel(active);
  const verdictId = newId('vrd');
  if (listener && outcome !== 'allow') {
    out.notice = {
      verdictId,
      contentKind: 'live_segment',
      contentId,
      subjectKind: 'host',
      subjectId: d.hostId,
      sessionId: d.sessionId,
      outcome,
      score: input.score,
      findings: r.findings,
      policy,
      text: d.text,
      transcriptBefore: before,
      at: now,
    };
  }
  out.verdict = {
    id: verdictId,
    contentKind: 'live_segment',
    contentId,
    subjectId: d.hostId,
    eventSource: e.source,
    eventId: e.id,
    outcome,
    score: input.score,
    findings: r.findings,
    policy,
    createdAt: now,
  };
  if (outcome !== 'stop_stream' || r.state.stopped) return out;
  // State made since the last restart (or eviction) does not know of an earlier stop: ask the store once.
  if (!r.state.storeChecked) {
    r.state.storeChecked = true;
    if (await streamStopRecorded(trx, d.sessionId, d.hostId)) {
      r.state.stopped = true;
      return out;
    }
  }
  r.state.stopped = true;
  const why = findingsReason(r.findings);
  const reason = decision.byScore ? `risk score ${r.sessionScore.toFixed(1)} ≥ ${active.live.stopScore}: ${why}` : why;
  out.stop = { sessionId: d.sessionId, hostId: d.hostId, reason };
  return out;
}

/** `live.ended` forgets the session's state. */
export function endLiveSessions(sessions: LiveSessions): EventHandler<'live.ended'> {
  return async (trx, events) => {
    for (const e of events) sessions.end(e.data.sessionId);
    if (sessions.shared) await forgetSessions(trx, [...new Set(events.map((e) => e.data.sessionId))]);
  };
}
