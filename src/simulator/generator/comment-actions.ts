import type { EventData } from '../../platform/events/event-types.js';
import {
  COMMENT_PROBLEM_WEIGHTS,
  type CommentChannel,
  composeHardNegativeComment,
  composeOrdinaryComment,
  composeProblemComment,
  floodCopies,
  meanChatEpisodeLength,
} from '../content/comments.js';
import { HARD_NEGATIVE_SHARE } from '../content/hard-negatives.js';
import { episodeStartProbability } from '../content/problems.js';
import type { GeneratedEvent, GroundTruth } from '../ground-truth.js';
import type { Buyer } from '../world/entities.js';
import type { SimContext } from './sim-context.js';

type CommentTarget = Pick<EventData<'comment.posted'>, 'targetType' | 'targetId' | 'merchantId' | 'channel'>;

const MEAN_CHAT_EPISODE = meanChatEpisodeLength();
const QUESTION_SHARE = 0.35;
/** Share of problem comments that some buyer will get round to reporting. */
const REPORTED_SHARE = 0.3;
const SHOP_REVIEW_SHARE = 0.1;

function activeBuyer(ctx: SimContext): Buyer | undefined {
  return ctx.world.buyers.pickWhere(ctx.rng, (b) => ctx.world.isBuyerActive(b, ctx.now));
}

function postComment(
  ctx: SimContext,
  authorId: string,
  target: CommentTarget,
  text: string,
  truth?: GroundTruth,
): GeneratedEvent {
  const commentId = ctx.ids.next('cmt');
  ctx.world.addComment({
    id: commentId,
    authorId,
    targetType: target.targetType,
    targetId: target.targetId,
    hidden: false,
    flags: 0,
    ...(truth?.problem ? { problem: truth.problem.kind } : {}),
  });
  const event = ctx.emit('comment.posted', { commentId, authorId, text, ...target }, truth);
  if (truth?.problem && ctx.rng.chance(REPORTED_SHARE))
    ctx.world.rememberReportable({
      targetType: 'comment',
      targetId: commentId,
      kind: truth.problem.kind,
      location:
        target.targetType === 'listing' ? `https://shop.example/item/${target.targetId}#comments` : `直播间评论区`,
    });
  return event;
}

/** Ordinary text, now and then a hard negative (not in shop reviews, which are short and plain). */
function ordinaryComment(
  ctx: SimContext,
  channel: CommentChannel,
  target: 'listing' | 'merchant',
  vars: { product: string; link: number },
): { text: string; truth?: GroundTruth } {
  if (target === 'listing' && ctx.rng.chance(HARD_NEGATIVE_SHARE)) {
    const { text, term } = composeHardNegativeComment(ctx.rng, channel);
    return { text, truth: { hardNegative: { term } } };
  }
  return { text: composeOrdinaryComment(ctx.rng, channel, target, vars) };
}

/**
 * A viewer writes in the chat of a live stream: mostly 扣1, questions and cheering; now and then
 * someone drumming up business off the platform, or a spam account flooding the room.
 */
export function postLiveChat(ctx: SimContext): GeneratedEvent[] {
  const { world, rng } = ctx;
  const session = world.liveSessions.pick(rng);
  const author = activeBuyer(ctx);
  if (!session || !author) return [];
  const target: CommentTarget = {
    targetType: 'live_session',
    targetId: session.id,
    merchantId: session.merchantId,
    channel: 'live_chat',
  };
  if (rng.chance(episodeStartProbability(ctx.problemShare, MEAN_CHAT_EPISODE))) {
    const { kind } = rng.weighted(COMMENT_PROBLEM_WEIGHTS);
    const { text, cue } = composeProblemComment(rng, kind, 'live_chat');
    const copies = kind === 'spam_seo' ? floodCopies(rng, text) : [text];
    return copies.map((copy) => postComment(ctx, author.id, target, copy, { problem: { kind, cue } }));
  }
  const listing = world.listings.get(session.listingIds[session.focus] ?? '');
  const vars = { product: listing?.productName ?? '这个', link: session.focus + 1 };
  const { text, truth } = ordinaryComment(ctx, 'live_chat', 'listing', vars);
  return [postComment(ctx, author.id, target, text, truth)];
}

/**
 * A buyer reviews what was delivered, asks about a listing, or reviews a shop. A few of these
 * comments are posted by accounts that use the comment box to advertise something forbidden.
 */
export function postListingComment(ctx: SimContext): GeneratedEvent[] {
  const { world, rng, now } = ctx;
  if (rng.chance(episodeStartProbability(ctx.problemShare, 1))) {
    const author = activeBuyer(ctx);
    const listing = world.listings.pickWhere(rng, (l) => world.isOnSale(l, now));
    if (!author || !listing) return [];
    const channel = rng.chance(0.5) ? 'question' : 'review';
    const { kind } = rng.weighted(COMMENT_PROBLEM_WEIGHTS);
    const { text, cue } = composeProblemComment(rng, kind, channel);
    const target: CommentTarget = {
      targetType: 'listing',
      targetId: listing.id,
      merchantId: listing.merchantId,
      channel,
    };
    return [postComment(ctx, author.id, target, text, { problem: { kind, cue } })];
  }

  const roll = rng.next();
  if (roll < SHOP_REVIEW_SHARE) {
    const merchant = world.merchants.pickWhere(rng, (m) => world.isMerchantActive(m, now));
    const author = activeBuyer(ctx);
    if (!merchant || !author) return [];
    const target: CommentTarget = {
      targetType: 'merchant',
      targetId: merchant.id,
      merchantId: merchant.id,
      channel: 'review',
    };
    const { text } = ordinaryComment(ctx, 'review', 'merchant', { product: '', link: 1 });
    return [postComment(ctx, author.id, target, text)];
  }

  // Reviews come from buyers whose order arrived; questions from anyone.
  const review = roll < SHOP_REVIEW_SHARE + (1 - SHOP_REVIEW_SHARE) * (1 - QUESTION_SHARE);
  const order = review ? world.orders.delivered.pick(rng) : undefined;
  if (review && !order) return [];
  const listing = order
    ? world.listings.get(order.listingId)
    : world.listings.pickWhere(rng, (l) => world.isOnSale(l, now));
  const author = order ? world.buyers.get(order.buyerId) : activeBuyer(ctx);
  // A listing taken off sale has no page left to comment on.
  if (!listing || !author || !world.isOnSale(listing, now) || !world.isBuyerActive(author, now)) return [];
  const channel: CommentChannel = review ? 'review' : 'question';
  const target: CommentTarget = {
    targetType: 'listing',
    targetId: listing.id,
    merchantId: listing.merchantId,
    channel,
  };
  const { text, truth } = ordinaryComment(ctx, channel, 'listing', { product: listing.productName, link: 1 });
  return [postComment(ctx, author.id, target, text, truth)];
}
