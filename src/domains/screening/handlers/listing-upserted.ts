import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import type { ScreeningSources } from '../policy/screening-sources.js';
import { listingPriceContexts } from '../prices/listing-price-context.js';
import { findingsReason } from '../reason.js';
import type { VerdictListener } from '../verdict-notice.js';
import { screenContentEvents } from './screen-content-events.js';

/**
 * Screens every upserted listing (title and description, with its category and prices as
 * context, and for a was-price the listing's own sales before the promotion: prices/) and decides with the active policy: stores one verdict per event (with the policy
 * version), and in the same transaction publishes `listing.blocked` for a block and
 * `listing.flagged` for a review. A shadow policy is evaluated too; where it would decide
 * otherwise, the disagreement is stored.
 */
export function screenListings(
  clock: Clock,
  sources: ScreeningSources,
  listener?: VerdictListener,
): EventHandler<'listing.upserted'> {
  return screenContentEvents<'listing.upserted'>(
    clock,
    sources,
    async (trx, events) => {
      const now = clock.now();
      const contexts = await listingPriceContexts(
        trx,
        events.map((e) => ({ listing: e.data, at: e.time ?? now })),
      );
      return events.map(({ data: d }, i) => ({
        kind: 'listing',
        contentId: d.listingId,
        subjectKind: 'merchant',
        subjectId: d.merchantId,
        text: d.description ? `${d.title}\n${d.description}` : d.title,
        context: contexts[i],
      }));
    },
    async (trx, d, { outcome, findings }) => {
      if (outcome !== 'block' && outcome !== 'review') return;
      await publishWebhook(trx, clock, outcome === 'block' ? 'listing.blocked' : 'listing.flagged', {
        listingId: d.listingId,
        merchantId: d.merchantId,
        reason: findingsReason(findings),
      });
    },
    listener,
  );
}
