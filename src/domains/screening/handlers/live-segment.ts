import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { newId } from '../../../platform/ids.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { saturatingScore } from '../engine/screen-text.js';
import { forgetSessions, loadSessions, saveSessions } from '../live/live-session-store.js';
import type { LiveSessions } from '../live/live-sessions.js';
import type { PolicyInput } from '../policy/evaluate-policy.js';
import { liveDecision } from '../policy/live-decision.js';
import type { ScreeningSources } from '../policy/screening-sources.js';
import { insertDisagreements, type NewDisagreement, policyLabel } from '../policy/shadow.js';
import { findingsReason } from '../reason.js';
import { insertVerdicts, type NewVerdict, streamStopRecorded } from '../screening.repository.js';
import type { VerdictListener, VerdictNotice } from '../verdict-notice.js';

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
  return async (trx, events) => {
    const [{ engine }, policies] = await Promise.all([sources.engines.current(trx), sources.policies.current(trx)]);
    const { active, shadow } = policies;
    const policy = policyLabel(active);
    const now = clock.now();
    const nowMs = now.getTime();
    const verdicts: NewVerdict[] = [];
    const disagreements: NewDisagreement[] = [];
    const notices: VerdictNotice[] = [];
    const sessionIds = sessions.shared ? [...new Set(events.map((e) => e.data.sessionId))] : [];
    if (sessions.shared) await loadSessions(trx, sessions, sessionIds);
    for (const e of events) {
      const d = e.data;
      const before = listener ? sessions.window(d.sessionId) : [];
      const r = sessions.screen(engine, d, nowMs, active.live, shadow?.live);
      const input: PolicyInput = {
        kind: 'live_segment',
        findings: r.findings,
        score: saturatingScore(r.severitySum),
      };
      const decision = liveDecision(active, input, r.sessionScore);
      const outcome = decision.outcome;
      const contentId = `${d.sessionId}:${d.seq}`;
      if (shadow) {
        const shadowOutcome = liveDecision(shadow, input, r.shadowSessionScore).outcome;
        if (shadowOutcome !== outcome) {
          disagreements.push({
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
          });
        }
      }
      if (r.findings.length === 0 && outcome === 'allow') continue;
      const verdictId = newId('vrd');
      if (listener && outcome !== 'allow') {
        notices.push({
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
        });
      }
      verdicts.push({
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
      });
      if (outcome !== 'stop_stream' || r.state.stopped) continue;
      // State made since the last restart (or eviction) does not know of an earlier stop: ask the store once.
      if (!r.state.storeChecked) {
        r.state.storeChecked = true;
        if (await streamStopRecorded(trx, d.sessionId, d.hostId)) {
          r.state.stopped = true;
          continue;
        }
      }
      r.state.stopped = true;
      const why = findingsReason(r.findings);
      const reason = decision.byScore
        ? `risk score ${r.sessionScore.toFixed(1)} ≥ ${active.live.stopScore}: ${why}`
        : why;
      await publishWebhook(trx, clock, 'stream.stop_requested', { sessionId: d.sessionId, hostId: d.hostId, reason });
    }
    if (sessions.shared) await saveSessions(trx, sessions, sessionIds, nowMs);
    await insertVerdicts(trx, verdicts);
    await insertDisagreements(trx, disagreements);
    if (listener && notices.length > 0) await listener(trx, notices);
  };
}

/** `live.ended` forgets the session's state. */
export function endLiveSessions(sessions: LiveSessions): EventHandler<'live.ended'> {
  return async (trx, events) => {
    for (const e of events) sessions.end(e.data.sessionId);
    if (sessions.shared) await forgetSessions(trx, [...new Set(events.map((e) => e.data.sessionId))]);
  };
}
