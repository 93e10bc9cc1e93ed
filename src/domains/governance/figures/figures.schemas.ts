import { z } from 'zod';
import { MAX_FIGURES_DAYS } from './figures-range.js';

// Strings, not a date format: a bad range answers governance.figures_range_invalid naming the
// field, rather than the generic validation error.
export const FiguresQuery = z.object({
  from: z.string().max(32).optional().describe('First UTC day, YYYY-MM-DD (included)'),
  to: z.string().max(32).optional().describe(`Last UTC day, YYYY-MM-DD (included); at most ${MAX_FIGURES_DAYS} days`),
});

const count = z.number().int().min(0);
const rate = z.number().min(0).nullable();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const RateFigures = z.object({
  reports: count.describe('Reports filed (merged duplicates not counted again)'),
  viewers: count.describe('Viewers of the live sessions that ended (live.ended totalViewers, else peakViewers)'),
  orders: count.describe('Orders placed (order.placed)'),
  perTenThousandViewers: rate.describe('reports / viewers × 10,000, four decimals; null when viewers is 0'),
  perTenThousandOrders: rate.describe('reports / orders × 10,000, four decimals; null when orders is 0'),
});

const SanctionCounts = z.object({
  total: count,
  byAction: z.record(z.string(), count).describe('Per sanction action (remove_listing, suspend_live …)'),
});

const DecisionTime = z.object({
  decisions: count,
  medianSeconds: z.number().min(0).nullable().describe('Median seconds from case opened to decision in effect'),
});

export const FiguresResponse = z.object({
  from: day,
  to: day,
  generatedAt: z.string().describe('ISO 8601 instant the figures were read'),
  reportRates: z.object({
    days: z.array(RateFigures.extend({ day })).describe('Every day of the range, in order'),
    total: RateFigures.describe("The range's reports over its viewers and orders"),
  }),
  penalties: SanctionCounts.extend({
    byViolationType: z.record(z.string(), SanctionCounts),
    bySubjectKind: z.record(z.string(), SanctionCounts).describe('merchant, host, user, unknown'),
  }).describe('Sanctions imposed in the range on decisions that found a violation (not restore_listing)'),
  bans: z
    .object({
      total: count,
      byViolationType: z.record(z.string(), count),
      bySubjectKind: z.record(z.string(), count),
    })
    .describe('terminate_account sanctions imposed in the range'),
  timeToDecision: DecisionTime.extend({
    byQueue: z.record(z.string(), DecisionTime).describe('By the queue the case opened in'),
  }),
  slaBreaches: z.object({
    total: count.describe('Cases whose SLA ran out in the range'),
    byQueue: z.record(z.string(), count).describe('By the queue the case waited in when it breached'),
  }),
  appeals: z.object({
    decided: count,
    upheld: count,
    reversed: count,
    modified: count,
    reversalRate: rate.describe('reversed / decided; null when none was decided'),
    modificationRate: rate.describe('modified / decided; null when none was decided'),
  }),
  automation: z.object({
    decisions: count.describe('Decisions that took effect in the range'),
    byActorKind: z.record(z.string(), count).describe('user, api_key, system'),
    automated: count.describe('Taken by a system: actor, no person deciding'),
    automatedShare: rate,
    partiallyAutomated: count.describe("A person's decision to which the points ladder added sanctions"),
    partiallyAutomatedShare: rate,
    sanctions: count,
    automaticSanctions: count.describe('Sanctions imposed by the points ladder'),
    automaticSanctionShare: rate,
  }),
});
