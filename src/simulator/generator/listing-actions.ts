import type { EventData } from '../../platform/events/event-types.js';
import { composeHardNegativeListing, HARD_NEGATIVE_SHARE } from '../content/hard-negatives.js';
import { composeListing, type ListingContent, productsIn } from '../content/listings.js';
import { composeProblemListing, inflatedWasPrice, LISTING_PROBLEM_WEIGHTS } from '../content/problems.js';
import { yuan } from '../content/text.js';
import type { GeneratedEvent, GroundTruth } from '../ground-truth.js';
import type { Listing, Merchant } from '../world/entities.js';
import { money, type SimContext } from './sim-context.js';

const RISKY_MERCHANT_PREFERENCE = 0.7;

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

function activeMerchant(ctx: SimContext, accept: (m: Merchant) => boolean): Merchant | undefined {
  return ctx.world.merchants.pickWhere(ctx.rng, (m) => ctx.world.isMerchantActive(m, ctx.now) && accept(m));
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
    // A shop suspended before its catalogue is out never publishes the rest.
    if (merchant && !world.isMerchantActive(merchant, ctx.now)) return [];
    problem = merchant !== undefined && !merchant.pharmacy && rng.chance(ctx.problemShare);
  } else {
    if (world.listings.size >= world.config.maxListings) return [];
    problem = rng.chance(ctx.problemShare);
    if (problem && rng.chance(RISKY_MERCHANT_PREFERENCE)) merchant = activeMerchant(ctx, (m) => m.risky);
    merchant ??= activeMerchant(ctx, (m) => !problem || !m.pharmacy);
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
    maxSoldPrice: 0,
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

/**
 * Changes the price of a listing that has sold. Honestly, the "was" price is the highest price it
 * sold at; as price fraud, it is several times that.
 */
export function repriceListing(ctx: SimContext): GeneratedEvent[] {
  const { world, rng } = ctx;
  const listing = world.listings.pickWhere(
    rng,
    (l) => l.maxSoldPrice > 0 && l.problem === undefined && world.isOnSale(l, ctx.now),
  );
  if (!listing) return [];
  if (rng.chance(ctx.problemShare)) {
    const wasPrice = inflatedWasPrice(rng, listing.price, listing.maxSoldPrice);
    listing.wasPrice = wasPrice;
    listing.problem = 'price_fraud';
    world.rememberReportable({ targetType: 'listing', targetId: listing.id, kind: 'price_fraud' });
    return [
      ctx.emit('listing.upserted', listingData(listing), {
        problem: { kind: 'price_fraud', cue: `原价${yuan(wasPrice)}` },
      }),
    ];
  }
  listing.wasPrice = listing.maxSoldPrice;
  listing.price = Math.max(100, Math.round((listing.maxSoldPrice * rng.int(70, 90)) / 100 / 100) * 100);
  return [ctx.emit('listing.upserted', listingData(listing))];
}
