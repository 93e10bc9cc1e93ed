import { z } from 'zod';
import { contactRequired } from './report-rules.js';

const TargetKind = z.enum(['listing', 'live_session', 'merchant', 'host', 'comment']);
const Id = z.string().trim().min(1).max(128);

export const ReportBody = z
  .object({
    reportId: Id.optional().describe(
      'Your report id; Xinren makes one (rpt_…) when absent. A retry with it files nothing twice',
    ),
    reporterId: Id.optional().describe(
      'The reporter on your platform; reports by one reporter are merged when duplicate',
    ),
    targetType: TargetKind,
    targetId: Id,
    subject: z
      .object({ kind: z.enum(['merchant', 'host', 'user']), id: Id })
      .optional()
      .describe("Who answers for the target (the listing's merchant, the stream's host), when you know it"),
    category: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,99}$/, 'a lower-case category key such as counterfeit or child_sexual_abuse'),
    explanation: z
      .string()
      .trim()
      .min(1)
      .max(5_000)
      .describe('Why the reporter thinks the content is illegal or against the rules'),
    location: z
      .string()
      .trim()
      .min(1)
      .max(2_000)
      .optional()
      .describe('The exact location: a URL, a timestamp in the stream'),
    contact: z.string().trim().min(1).max(500).optional().describe("The reporter's name and email"),
    goodFaith: z.literal(true, {
      error: 'the reporter must confirm the notice is accurate and complete (goodFaith: true)',
    }),
  })
  .superRefine((body, ctx) => {
    if (body.contact === undefined && contactRequired(body.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: `the reporter's name and email are required for the category ${body.category}`,
      });
    }
  });
export type ReportBody = z.infer<typeof ReportBody>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ReportListQuery = z.object({
  target: Id.optional(),
  targetKind: TargetKind.optional(),
  category: z.string().min(1).max(100).optional(),
  caseId: z.string().min(1).max(100).optional(),
  reporter: Id.optional(),
  trustedFlagger: flag.optional().describe('Only reports by trusted flaggers (true), or only the others (false)'),
  outcome: z.enum(['violation', 'no_violation', 'pending']).optional(),
  merged: flag.optional().describe('Only merged duplicates (true), or only first reports (false)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(200).optional().describe('nextBefore of the previous page'),
});

export const ReportParams = z.object({ id: z.string().min(1).max(200) });

export const TrustedFlaggerBody = z.object({
  reporterId: Id,
  name: z.string().trim().min(1).max(200),
  note: z.string().trim().min(1).max(2_000).optional().describe('Why: the designation, its reference'),
});

export const TrustedFlaggerParams = z.object({ reporterId: Id });

export const RevokeBody = z
  .object({ reason: z.string().trim().min(1).max(2_000).optional() })
  .nullish()
  .describe('Why the status ends (optional)');

export const TrustedFlaggerListQuery = z.object({ active: flag.optional() });
