import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { newId } from '../../../platform/ids.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { evaluatePolicy } from '../policy/evaluate-policy.js';
import type { ScreeningSources } from '../policy/screening-sources.js';
import { insertDisagreements, type NewDisagreement, policyLabel } from '../policy/shadow.js';
import { findingsReason } from '../reason.js';
import { insertVerdicts, type NewVerdict } from '../screening.repository.js';

/**
 * Screens every upserted listing (title and description, with its category and prices as
 * context) and decides with the active policy: stores one verdict per event (with the policy
 * version), and in the same transaction publishes `listing.blocked` for a block and
 * `listing.flagged` for a review. A shadow policy is evaluated too; where it would decide
 * otherwise, the disagreement is stored.
 */
export function screenListings(clock: Clock, sources: ScreeningSources): EventHandler<'listing.upserted'> {
  return async (trx, events) => {
    const [{ engine }, policies] = await Promise.all([sources.engines.current(trx), sources.policies.current(trx)]);
    const { active, shadow } = policies;
    const policy = policyLabel(active);
    const now = clock.now();
    const verdicts: NewVerdict[] = [];
    const disagreements: NewDisagreement[] = [];
    for (const e of events) {
      const d = e.data;
      const text = d.description ? `${d.title}\n${d.description}` : d.title;
      const context = { category: d.category, price: d.price, wasPrice: d.wasPrice };
      // The engine's own outcome is its built-in default; the policy decides.
      const { score, findings } = engine.screen({ kind: 'listing', text, context });
      const input = { kind: 'listing' as const, context, findings, score };
      const { outcome } = evaluatePolicy(active, input);
      verdicts.push({
        id: newId('vrd'),
        contentKind: 'listing',
        contentId: d.listingId,
        subjectId: d.merchantId,
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
            contentKind: 'listing',
            contentId: d.listingId,
            subjectId: d.merchantId,
            eventSource: e.source,
            eventId: e.id,
            activeOutcome: outcome,
            shadowOutcome,
            findings,
            createdAt: now,
          });
        }
      }
      if (outcome === 'block' || outcome === 'review') {
        await publishWebhook(trx, clock, outcome === 'block' ? 'listing.blocked' : 'listing.flagged', {
          listingId: d.listingId,
          merchantId: d.merchantId,
          reason: findingsReason(findings),
        });
      }
    }
    await insertVerdicts(trx, verdicts);
    await insertDisagreements(trx, disagreements);
  };
}
