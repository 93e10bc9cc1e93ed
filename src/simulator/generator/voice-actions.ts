import type { EventData } from '../../platform/events/event-types.js';
import {
  APP_FEEDBACK,
  CHAT_MESSAGES,
  HOTLINE_NOTES,
  NEGATIVE_REVIEWS,
  POSITIVE_REVIEWS,
  REPORT_CATEGORY,
  REPORT_EXPLANATIONS,
  SURVEY_ANSWERS,
  UNFOUNDED_REPORTS,
} from '../content/after-sales.js';
import { fill } from '../content/text.js';
import type { GeneratedEvent } from '../ground-truth.js';
import type { Order } from '../world/entities.js';
import type { SimContext } from './sim-context.js';

const FOUNDED_REPORT_SHARE = 0.8;

/** The reporter id of the simulated trusted flagger (a consumer association) of a run. */
export function flaggerIdOf(namespace: string): string {
  return `${namespace}-flagger-1`;
}
const TRUSTED_FLAGGER_SHARE = 0.05;

/** A buyer (now and then a trusted flagger) reports content: mostly real problems, sometimes not. */
export function fileReport(ctx: SimContext): GeneratedEvent[] {
  const { world, rng, now } = ctx;
  const reporter = world.buyers.pickWhere(rng, (b) => world.isBuyerActive(b, now));
  const flagger = rng.chance(TRUSTED_FLAGGER_SHARE);
  let target: Pick<EventData<'report.filed'>, 'targetType' | 'targetId' | 'category' | 'explanation' | 'location'>;
  if (world.reportables.length > 0 && rng.chance(FOUNDED_REPORT_SHARE)) {
    const r = rng.pick(world.reportables);
    // Nobody reports a comment they can no longer see.
    if (r.targetType === 'comment' && world.comments.get(r.targetId)?.hidden) return [];
    const explanations = REPORT_EXPLANATIONS[r.kind];
    target = {
      targetType: r.targetType,
      targetId: r.targetId,
      category: REPORT_CATEGORY[r.kind],
      explanation: rng.pick(
        r.targetType === 'listing'
          ? explanations.listing
          : r.targetType === 'comment'
            ? (explanations.comment ?? explanations.live)
            : explanations.live,
      ),
      ...(r.location ? { location: r.location } : {}),
    };
  } else {
    const listing = world.listings.pickWhere(rng, (l) => l.problem === undefined && world.isOnSale(l, now));
    if (!listing) return [];
    const unfounded = rng.pick(UNFOUNDED_REPORTS);
    target = {
      targetType: 'listing',
      targetId: listing.id,
      ...unfounded,
      location: `https://shop.example/item/${listing.id}`,
    };
  }
  const data: EventData<'report.filed'> = {
    reportId: ctx.ids.next('rep'),
    ...target,
    goodFaith: true,
    ...(flagger
      ? { reporterId: flaggerIdOf(ctx.ids.namespace), trustedFlagger: true, contact: 'reports@flagger.example' }
      : reporter
        ? { reporterId: reporter.id, ...(rng.chance(0.3) ? { contact: `${reporter.id}@mail.example` } : {}) }
        : {}),
  };
  return [ctx.emit('report.filed', data)];
}

function orderRefs(order: Order): Partial<EventData<'feedback.submitted'>> {
  return {
    userId: order.buyerId,
    orderId: order.id,
    merchantId: order.merchantId,
    ...(order.hostId ? { hostId: order.hostId } : {}),
    ...(order.liveSessionId ? { sessionId: order.liveSessionId } : {}),
  };
}

const CHANNELS = [
  { channel: 'review', weight: 4 },
  { channel: 'survey', weight: 2 },
  { channel: 'app', weight: 1.5 },
  { channel: 'chat', weight: 1.5 },
  { channel: 'hotline', weight: 1 },
] as const;

/** Voice of the user: reviews of delivered orders, NPS answers, app feedback, chats, hotline notes. */
export function submitFeedback(ctx: SimContext): GeneratedEvent[] {
  const { world, rng } = ctx;
  const channel = rng.weighted(CHANNELS).channel;
  const delivered = world.orders.delivered.pick(rng);
  const open = world.orders.paid.pick(rng) ?? world.orders.shipped.pick(rng);
  const feedbackId = () => ctx.ids.next('fb');
  let data: EventData<'feedback.submitted'>;
  switch (channel) {
    case 'review': {
      if (!delivered) return [];
      const listing = world.listings.get(delivered.listingId);
      const unhappy = listing?.problem !== undefined ? rng.chance(0.6) : rng.chance(0.12);
      const template = rng.pick(unhappy ? NEGATIVE_REVIEWS : POSITIVE_REVIEWS);
      data = {
        feedbackId: feedbackId(),
        channel,
        text: fill(template, { product: delivered.productName }),
        rating: unhappy ? rng.int(1, 2) : rng.int(4, 5),
        ...orderRefs(delivered),
      };
      break;
    }
    case 'survey': {
      const r = rng.next();
      const npsScore = r < 0.45 ? rng.int(9, 10) : r < 0.75 ? rng.int(7, 8) : rng.int(0, 6);
      const answers = SURVEY_ANSWERS.find((a) => npsScore >= a.minScore) ?? SURVEY_ANSWERS[SURVEY_ANSWERS.length - 1];
      data = {
        feedbackId: feedbackId(),
        channel,
        text: rng.pick(answers?.texts ?? ['']),
        npsScore,
        ...(delivered ? { userId: delivered.buyerId, merchantId: delivered.merchantId } : {}),
      };
      break;
    }
    case 'app': {
      const user = world.buyers.pickWhere(rng, (b) => world.isBuyerActive(b, ctx.now));
      const hosts = world.reportables.filter((r) => r.targetType === 'host');
      const host = hosts.length > 0 ? rng.pick(hosts) : undefined;
      data = {
        feedbackId: feedbackId(),
        channel,
        text: rng.pick(APP_FEEDBACK),
        ...(user ? { userId: user.id } : {}),
        ...(host && rng.chance(0.3) ? { hostId: host.targetId } : {}),
      };
      break;
    }
    case 'chat':
    case 'hotline': {
      const order = open ?? delivered;
      if (!order) return [];
      const template = rng.pick(channel === 'chat' ? CHAT_MESSAGES : HOTLINE_NOTES);
      data = {
        feedbackId: feedbackId(),
        channel,
        text: fill(template, { order: order.id, product: order.productName }),
        ...orderRefs(order),
      };
      break;
    }
  }
  return [ctx.emit('feedback.submitted', data)];
}
