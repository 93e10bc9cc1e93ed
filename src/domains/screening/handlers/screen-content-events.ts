import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { EventHandler, StoredEvent } from '../../../platform/events/event-handlers.js';
import type { EventData, EventType } from '../../../platform/events/event-types.js';
import { newId } from '../../../platform/ids.js';
import type { ScreenContext, ScreenFinding } from '../engine/screen-text.js';
import type { ContentKind } from '../lexicon/lexicon-entry.js';
import { evaluatePolicy } from '../policy/evaluate-policy.js';
import type { PolicyOutcome } from '../policy/policy-document.js';
import type { ScreeningSources } from '../policy/screening-sources.js';
import { insertDisagreements, type NewDisagreement, policyLabel } from '../policy/shadow.js';
import { insertVerdicts, type NewVerdict } from '../screening.repository.js';
import type { VerdictListener, VerdictNotice } from '../verdict-notice.js';

/** What screening reads of one content event: the text, and what its verdict is about. */
export interface ContentToScreen {
  kind: Exclude<ContentKind, 'live_segment'> & VerdictNotice['contentKind'];
  contentId: string;
  /** Whom the verdict concerns: the merchant of a listing, the author of a comment. */
  subjectId: string;
  subjectKind: VerdictNotice['subjectKind'];
  text: string;
  context?: ScreenContext;
}

/** What the active policy decided for one event. */
export interface ContentDecision {
  outcome: PolicyOutcome;
  findings: readonly ScreenFinding[];
}

/**
 * The handler of an event type whose events are each one piece of content, screened on its own
 * (no state across events, unlike live segments): screens what `read` takes from the batch's
 * events (one item per event, in order; it may look up context such as price history),
 * decides with the active policy, stores one verdict per event (with the policy version) and,
 * while a shadow policy runs, the events it would decide otherwise. `publish` sends the webhook
 * the decision calls for, and `listener` hears of every decision other than allow; all of it
 * happens in the intake transaction.
 */
export function screenContentEvents<T extends EventType>(
  clock: Clock,
  sources: ScreeningSources,
  read: (trx: Db, events: readonly StoredEvent<T>[]) => Promise<ContentToScreen[]>,
  publish: (trx: Db, data: EventData<T>, decision: ContentDecision) => Promise<void>,
  listener?: VerdictListener,
): EventHandler<T> {
  return async (trx, events) => {
    const [{ engine }, policies] = await Promise.all([sources.engines.current(trx), sources.policies.current(trx)]);
    const { active, shadow } = policies;
    const policy = policyLabel(active);
    const now = clock.now();
    const verdicts: NewVerdict[] = [];
    const disagreements: NewDisagreement[] = [];
    const notices: VerdictNotice[] = [];
    const contents = await read(trx, events);
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const content = contents[i];
      const { kind, contentId, subjectId, context } = content;
      // The engine's own outcome is its built-in default; the policy decides.
      const { score, findings } = engine.screen({ kind, text: content.text, context });
      const input = { kind, context, findings, score };
      const { outcome } = evaluatePolicy(active, input);
      const verdictId = newId('vrd');
      verdicts.push({
        id: verdictId,
        contentKind: kind,
        contentId,
        subjectId,
        eventSource: e.source,
        eventId: e.id,
        outcome,
        score,
        findings,
        policy,
        createdAt: now,
      });
      if (shadow) {
        const shadowOutcome = evaluatePolicy(shadow, input).outcome;
        if (shadowOutcome !== outcome) {
          disagreements.push({
            shadowVersion: shadow.version ?? 0,
            activeVersion: active.version ?? 0,
            contentKind: kind,
            contentId,
            subjectId,
            eventSource: e.source,
            eventId: e.id,
            activeOutcome: outcome,
            shadowOutcome,
            findings,
            createdAt: now,
          });
        }
      }
      await publish(trx, e.data, { outcome, findings });
      if (listener && outcome !== 'allow') {
        notices.push({
          verdictId,
          contentKind: kind,
          contentId,
          subjectKind: content.subjectKind,
          subjectId,
          outcome,
          score,
          findings,
          policy,
          text: content.text,
          at: now,
        });
      }
    }
    await insertVerdicts(trx, verdicts);
    await insertDisagreements(trx, disagreements);
    if (listener && notices.length > 0) await listener(trx, notices);
  };
}
