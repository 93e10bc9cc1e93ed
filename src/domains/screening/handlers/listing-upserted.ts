import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { newId } from '../../../platform/ids.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import type { ScreeningEngine } from '../engine/screen-text.js';
import { findingsReason } from '../reason.js';
import { insertVerdicts, type NewVerdict } from '../screening.repository.js';

export const DEFAULT_POLICY = 'default';

/**
 * Screens every upserted listing (title and description, with its category and prices as
 * context), stores one verdict per event, and in the same transaction publishes `listing.blocked`
 * for a block and `listing.flagged` for a review.
 */
export function screenListings(clock: Clock, engine: () => Promise<ScreeningEngine>): EventHandler<'listing.upserted'> {
  return async (trx, events) => {
    const screening = await engine();
    const now = clock.now();
    const verdicts: NewVerdict[] = [];
    for (const e of events) {
      const d = e.data;
      const text = d.description ? `${d.title}\n${d.description}` : d.title;
      const result = screening.screen({
        kind: 'listing',
        text,
        context: { category: d.category, price: d.price, wasPrice: d.wasPrice },
      });
      verdicts.push({
        id: newId('vrd'),
        contentKind: 'listing',
        contentId: d.listingId,
        subjectId: d.merchantId,
        eventSource: e.source,
        eventId: e.id,
        outcome: result.outcome,
        score: result.score,
        findings: result.findings,
        policy: DEFAULT_POLICY,
        createdAt: now,
      });
      if (result.outcome === 'block' || result.outcome === 'review') {
        await publishWebhook(trx, clock, result.outcome === 'block' ? 'listing.blocked' : 'listing.flagged', {
          listingId: d.listingId,
          merchantId: d.merchantId,
          reason: findingsReason(result.findings),
        });
      }
    }
    await insertVerdicts(trx, verdicts);
  };
}
