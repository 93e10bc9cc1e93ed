import type { EventData } from '../../platform/events/event-types.js';
import { composeHardNegativeListing, HARD_NEGATIVE_SHARE } from '../content/hard-negatives.js';
import { composeListing, type ListingContent, productsIn } from '../content/listings.js';
import { composeProblemListing, LISTING_PROBLEM_WEIGHTS } from '../content/problems.js';
import { yuan } from '../content/text.js';
import type { GeneratedEvent, GroundTruth } from '../ground-truth.js';
import type { Random } from '../random.js';
import type { Listing, Merchant } from '../world/entities.js';
import { money, type SimContext } from './sim-context.js';

const RISKY_MERCHANT_PREFERENCE = 0.7;
const DAY_MS = 86_400_000;
/** Xinren's look-back for a listing's real price: the lowest it sold at in the 7 days before a "was" price. */
export const REFERENCE_WINDOW_MS = 7 * DAY_MS;
const BLATANT_FRAUD_SHARE = 0.5;

export function listingData(listing: Listing): EventData<'listing.upserted'> {
  const data: EventData<'listing.upserted'> = {
    listingId: listing.id,
    merchantId: listing.merchantId,
    title: listing.title,
    description: listing.description,
    category: listing.category,
    price: money(listing.price),
    attributes: listing.attributes,
    imageUrls: listing.imageUrls,
    status: 'active',
  };
  if (listing.wasPrice !== undefined) data.wasPrice = money(listing.wasPrice);
  return data;
}

/** A merchant that may publish now: active, and not forbidden to list. */
function publishingMerchant(ctx: SimContext, accept: (m: Merchant) => boolean): Merchant | undefined {
  return ctx.world.merchants.pickWhere(ctx.rng, (m) => ctx.world.mayPublish(m, ctx.now) && accept(m));
}

function ordinaryContent(ctx: SimContext, merchant: Merchant): { content: ListingContent; truth?: GroundTruth } {
  const products = productsIn(merchant.categories);
  if (merchant.pharmacy && products.length > 0) {
    const content = composeListing(ctx.rng, ctx.rng.pick(products), merchant.name);
    return { content, truth: { hardNegative: { term: content.productName } } };
  }
  if (products.length === 0 || ctx.rng.chance(HARD_NEGATIVE_SHARE)) {
    const { term, ...content } = composeHardNegativeListing(ctx.rng);
    return { content, truth: { hardNegative: { term } } };
  }
  return { content: composeListing(ctx.rng, ctx.rng.pick(products)) };
}

/**
 * Publishes a listing: from the initial catalogue while it lasts, then a new one from any shop.
 * Problem listings go mostly to risky shops; pharmacies only list medicine.
 */
export function publishListing(ctx: SimContext): GeneratedEvent[] {
  const { world, rng } = ctx;
  const fromCatalogue = world.catalogueBacklog.length > 0;
  let merchant: Merchant | undefined;
  let problem = false;
  if (fromCatalogue) {
    merchant = world.merchants.get(world.catalogueBacklog.shift() as string);
    // A shop suspended or forbidden to list before its catalogue is out never publishes the rest.
    if (merchant && !world.mayPublish(merchant, ctx.now)) return [];
    problem = merchant !== undefined && !merchant.pharmacy && rng.chance(ctx.problemShare);
  } else {
    if (world.listings.size >= world.config.maxListings) return [];
    problem = rng.chance(ctx.problemShare);
    if (problem && rng.chance(RISKY_MERCHANT_PREFERENCE)) merchant = publishingMerchant(ctx, (m) => m.risky);
    merchant ??= publishingMerchant(ctx, (m) => !problem || !m.pharmacy);
  }
  if (!merchant) return [];

  let content: ListingContent;
  let truth: GroundTruth | undefined;
  let kind: Listing['problem'];
  if (problem) {
    const composed = composeProblemListing(rng, rng.weighted(LISTING_PROBLEM_WEIGHTS).kind);
    const { kind: k, cue, ...rest } = composed;
    content = rest;
    kind = k;
    truth = { problem: { kind: k, cue } };
  } else {
    ({ content, truth } = ordinaryContent(ctx, merchant));
  }

  const id = ctx.ids.next('lst');
  const listing: Listing = {
    ...content,
    id,
    merchantId: merchant.id,
    imageUrls: [`https://img.shop.example/${id}/main.jpg`, `https://img.shop.example/${id}/detail-1.jpg`],
    blocked: false,
    flags: 0,
    sales: [],
  };
  if (kind) listing.problem = kind;
  world.addListing(listing);
  if (kind)
    world.rememberReportable({
      targetType: 'listing',
      targetId: id,
      kind,
      location: `https://shop.example/item/${id}`,
    });
  return [ctx.emit('listing.upserted', listingData(listing), truth)];
}

/** The smallest whole-yuan price ending in 9 that is not below `fen`, as shops write "was" prices. */
function endingInNine(fen: number): number {
  const yuanUp = Math.ceil(fen / 100);
  return (Math.ceil((yuanUp + 1) / 10) * 10 - 1) * 100;
}

/**
 * A "was" price above everything the listing sold at in the reference window: either several
 * times that, or a modest markup, as when a shop raises the list price just before a "sale".
 */
export function fakeWasPrice(rng: Random, highestSold: number): number {
  if (rng.chance(BLATANT_FRAUD_SHARE)) return endingInNine(highestSold * rng.int(3, 8));
  return Math.max(endingInNine((highestSold * rng.int(130, 180)) / 100), highestSold + 1_000);
}

/**
 * Changes the price of a listing that sold in the last 7 days. An honest promotion shows the
 * lowest price it sold at in that window as its "was" price and sells below it, then ends and goes
 * back to that price. Price fraud shows a "was" price above anything it sold at in the window.
 */
export function repriceListing(ctx: SimContext): GeneratedEvent[] {
  const { world, rng, now } = ctx;
  const since = now - REFERENCE_WINDOW_MS;
  const listing = world.listings.pickWhere(
    rng,
    (l) =>
      l.problem === undefined &&
      world.isOnSale(l, now) &&
      (l.wasPrice !== undefined || l.sales.some((s) => s.lastSoldAt >= since)),
  );
  if (!listing) return [];
  if (listing.wasPrice !== undefined) {
    listing.price = listing.wasPrice;
    delete listing.wasPrice;
    return [ctx.emit('listing.upserted', listingData(listing))];
  }
  const sold = world.soldPriceRange(listing, since);
  if (!sold) return [];
  if (rng.chance(ctx.problemShare)) {
    const wasPrice = fakeWasPrice(rng, sold.highest);
    listing.wasPrice = wasPrice;
    listing.problem = 'price_fraud';
    world.rememberReportable({ targetType: 'listing', targetId: listing.id, kind: 'price_fraud' });
    return [
      ctx.emit('listing.upserted', listingData(listing), {
        problem: { kind: 'price_fraud', cue: `原价${yuan(wasPrice)}` },
      }),
    ];
  }
  listing.wasPrice = sold.lowest;
  listing.price = Math.max(100, Math.round((sold.lowest * rng.int(70, 90)) / 100 / 100) * 100);
  return [ctx.emit('listing.upserted', listingData(listing), { hardNegative: { term: `原价${yuan(sold.lowest)}` } })];
}
