import { z } from 'zod';

const id = z.string().min(1).max(200);

const InspectionReport = z
  .object({
    name: z.string().trim().min(1).max(200),
    url: z.string().url().max(2_000).optional(),
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('SHA-256 of the report file, hex'),
  })
  .refine((r) => r.url !== undefined || r.hash !== undefined, {
    message: 'an inspection report needs a url or a hash',
  });

const Product = z.object({
  listingId: id,
  name: z.string().trim().min(1).max(500).optional(),
  qcSubmission: z
    .object({
      inspectionReports: z.array(InspectionReport).min(1).max(20),
      note: z.string().trim().min(1).max(5_000).optional(),
    })
    .optional()
    .describe('Sent for pre-review when the host is high-risk and the product has no valid pass'),
});

export const AuthorizeBody = z.object({
  hostId: id,
  sessionId: id.optional(),
  products: z.array(Product).min(1).max(200),
  viewers: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("Viewers of the host's streams in the report window, when known (report rate per 1,000 viewers)"),
  streams: z.number().int().min(0).optional().describe("The host's streams in the report window, when known"),
});
export type AuthorizeBody = z.infer<typeof AuthorizeBody>;

export const HostParams = z.object({ id });

export const RiskQuery = z.object({
  viewers: z.coerce.number().int().min(0).optional(),
  streams: z.coerce.number().int().min(0).optional(),
});

export const QcParams = z.object({ id: z.string().min(1).max(100) });

export const QcDecisionBody = z.object({
  decision: z.enum(['pass', 'fail']),
  reason: z.string().trim().min(1).max(5_000),
});
