import type { Db } from '../../../platform/db/database.js';
import type { EventData } from '../../../platform/events/event-types.js';
import type { ScreenContext } from '../engine/screen-text.js';
import { endPromotions, promotionStart, referenceSale } from './listing-prices.js';
import { engineMoney, toMajorUnits } from './minor-units.js';

type Listing = EventData<'listing.upserted'>;

/**
 * The screening contexts of a batch of upserted listings, in order: category and prices in major
 * units, and for a listing that shows a was-price, the reference sale of its promotion as the
 * price history as of the listing's time `at` (empty when it never sold: there is nothing to check that was-price against).
 * Most listings show none, and cost one statement for the whole batch.
 */
export async function listingPriceContexts(
  db: Db,
  listings: readonly { listing: Listing; at: Date }[],
): Promise<ScreenContext[]> {
  await endPromotions(
    db,
    listings.filter((l) => !l.listing.wasPrice).map((l) => l.listing.listingId),
  );
  const contexts: ScreenContext[] = [];
  for (const { listing, at } of listings) {
    const context: ScreenContext = { category: listing.category, price: engineMoney(listing.price) };
    const was = listing.wasPrice;
    if (was) {
      const start = await promotionStart(db, listing.listingId, was, at);
      const sale = await referenceSale(db, listing.listingId, was.currency, start);
      context.wasPrice = engineMoney(was);
      context.priceHistory = sale
        ? [{ date: sale.soldAt.toISOString(), amount: toMajorUnits(sale.unitAmount, was.currency) }]
        : [];
    }
    contexts.push(context);
  }
  return contexts;
}
