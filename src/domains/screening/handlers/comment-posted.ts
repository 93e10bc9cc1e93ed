import type { Clock } from '../../../platform/clock.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import type { ScreeningSources } from '../policy/screening-sources.js';
import { findingsReason } from '../reason.js';
import type { VerdictListener } from '../verdict-notice.js';
import { screenContentEvents } from './screen-content-events.js';

/**
 * Screens every posted comment (reviews, questions, live-room chat) as content kind `comment`
 * and decides with the active policy: stores one verdict per event, about the author, and in the
 * same transaction publishes `comment.blocked` for a block and `comment.flagged` for a review. A
 * shadow policy is evaluated too; where it would decide otherwise, the disagreement is stored.
 */
export function screenComments(
  clock: Clock,
  sources: ScreeningSources,
  listener?: VerdictListener,
): EventHandler<'comment.posted'> {
  return screenContentEvents<'comment.posted'>(
    clock,
    sources,
    async (_trx, events) =>
      events.map(({ data: d }) => ({
        kind: 'comment',
        contentId: d.commentId,
        subjectKind: 'user',
        subjectId: d.authorId,
        text: d.text,
      })),
    async (trx, d, { outcome, findings }) => {
      if (outcome === 'allow') return;
      // A comment cannot stop a stream: should a policy ever say stop_stream for one, it is removed.
      await publishWebhook(trx, clock, outcome === 'review' ? 'comment.flagged' : 'comment.blocked', {
        commentId: d.commentId,
        authorId: d.authorId,
        targetType: d.targetType,
        targetId: d.targetId,
        reason: findingsReason(findings),
      });
    },
    listener,
  );
}
