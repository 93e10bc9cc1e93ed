import { z } from 'zod';

const CommentDecision = z.object({
  commentId: z.string(),
  authorId: z.string(),
  targetType: z.enum(['listing', 'live_session', 'merchant']),
  targetId: z.string(),
  reason: z.string(),
});

// The catalogue of webhook message types Xinren sends. Domains add theirs here so that endpoint
// subscriptions can be validated and docs/webhooks.md stays complete.
export const WEBHOOK_TYPES = {
  'webhook.test': z.object({ endpointId: z.string(), message: z.string() }),
  'report.acknowledged': z.object({
    reportId: z.string(),
    targetType: z.enum(['listing', 'live_session', 'merchant', 'host', 'comment']),
    targetId: z.string(),
    category: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
  }),
  'report.decided': z.object({
    reportId: z.string(),
    targetType: z.enum(['listing', 'live_session', 'merchant', 'host', 'comment']),
    targetId: z.string(),
    category: z.string(),
    caseId: z.string(),
    outcome: z.enum(['violation', 'no_violation']),
    decidedAt: z.iso.datetime({ offset: true }),
  }),
  'listing.blocked': z.object({ listingId: z.string(), merchantId: z.string(), reason: z.string() }),
  'listing.flagged': z.object({ listingId: z.string(), merchantId: z.string(), reason: z.string() }),
  'listing.restored': z.object({ listingId: z.string(), merchantId: z.string(), reason: z.string() }),
  'comment.blocked': CommentDecision,
  'comment.flagged': CommentDecision,
  'stream.stop_requested': z.object({ sessionId: z.string(), hostId: z.string(), reason: z.string() }),
  'enforcement.action': z.object({
    action: z.string(),
    subjectType: z.enum(['merchant', 'host', 'listing', 'live_session', 'buyer']),
    subjectId: z.string(),
    reason: z.string(),
    until: z.iso.datetime({ offset: true }).optional(),
    // From governance decisions: which decision and sanction, whom it concerns (the party) and
    // which case target; endsAt is until, or null for a measure with no end.
    decisionId: z.string().optional(),
    sanctionId: z.string().optional(),
    partyKind: z.enum(['merchant', 'host', 'user']).optional(),
    partyId: z.string().optional(),
    targetKind: z.string().optional(),
    targetId: z.string().optional(),
    endsAt: z.iso.datetime({ offset: true }).nullable().optional(),
    automatic: z.boolean().optional(),
    // deduct_deposit and its lift: the sum, in minor units of the currency (fen for CNY).
    amountMinor: z.number().int().positive().optional(),
    currency: z.string().length(3).optional(),
  }),
  // Appeals against governance decisions (DSA Art. 20): filed by the affected party, decided by a
  // reviewer other than the original ones. A reversal also sends its own enforcement.action lifts.
  'appeal.received': z.object({
    appealId: z.string(),
    decisionId: z.string(),
    caseId: z.string(),
    partyKind: z.enum(['merchant', 'host', 'user']),
    partyId: z.string(),
    filedAt: z.iso.datetime({ offset: true }),
    dueAt: z.iso.datetime({ offset: true }),
  }),
  'appeal.decided': z.object({
    appealId: z.string(),
    decisionId: z.string(),
    caseId: z.string(),
    partyKind: z.enum(['merchant', 'host', 'user']),
    partyId: z.string(),
    outcome: z.enum(['upheld', 'reversed', 'modified']),
    newDecisionId: z.string().nullable(),
    reply: z.string(),
    decidedAt: z.iso.datetime({ offset: true }),
  }),
} as const;

export type WebhookType = keyof typeof WEBHOOK_TYPES;
export type WebhookData<T extends WebhookType> = z.infer<(typeof WEBHOOK_TYPES)[T]>;

export function isWebhookType(type: string): type is WebhookType {
  return Object.hasOwn(WEBHOOK_TYPES, type);
}

/** The JSON body of every webhook request, as Standard Webhooks recommends. */
export interface WebhookBody<T extends WebhookType = WebhookType> {
  type: T;
  timestamp: string;
  data: WebhookData<T>;
}
