import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { newId } from '../../../platform/ids.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { defaultOutcome, type ScreeningEngine, saturatingScore } from '../engine/screen-text.js';
import type { LiveSessions } from '../live/live-sessions.js';
import { findingsReason } from '../reason.js';
import { insertVerdicts, type NewVerdict, streamStopRecorded } from '../screening.repository.js';
import { DEFAULT_POLICY } from './listing-upserted.js';

/**
 * Screens live transcript segments with their session's state. Only segments with findings are
 * stored; a segment severe enough (or a session risky enough) publishes `stream.stop_requested`
 * once per session, in the intake transaction.
 */
export function screenLiveSegments(
  clock: Clock,
  engine: () => Promise<ScreeningEngine>,
  sessions: LiveSessions,
): EventHandler<'live.segment'> {
  return async (trx, events) => {
    const screening = await engine();
    const now = clock.now();
    const nowMs = now.getTime();
    const verdicts: NewVerdict[] = [];
    for (const e of events) {
      const d = e.data;
      const r = sessions.screen(screening, d, nowMs);
      if (r.findings.length === 0) continue;
      const outcome = r.stopWorthy ? 'stop_stream' : defaultOutcome('live_segment', r.maxSeverity);
      verdicts.push({
        id: newId('vrd'),
        contentKind: 'live_segment',
        contentId: `${d.sessionId}:${d.seq}`,
        subjectId: d.hostId,
        eventSource: e.source,
        eventId: e.id,
        outcome,
        score: saturatingScore(r.severitySum),
        findings: r.findings,
        policy: DEFAULT_POLICY,
        createdAt: now,
      });
      if (!r.stopWorthy || r.state.stopped) continue;
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
      const reason =
        r.maxSeverity >= 5 ? why : `risk score ${r.sessionScore.toFixed(1)} ≥ ${sessions.stopScore}: ${why}`;
      await publishWebhook(trx, clock, 'stream.stop_requested', { sessionId: d.sessionId, hostId: d.hostId, reason });
    }
    await insertVerdicts(trx, verdicts);
  };
}

/** `live.ended` forgets the session's state. */
export function endLiveSessions(sessions: LiveSessions): EventHandler<'live.ended'> {
  return async (_trx, events) => {
    for (const e of events) sessions.end(e.data.sessionId);
  };
}
