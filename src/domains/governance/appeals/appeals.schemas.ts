import { z } from 'zod';
import { DecisionBody } from '../decisions/decisions.schemas.js';
import { STATEMENT_LANGUAGES } from '../rules/violation-catalogue.js';
import { APPEAL_STATUSES } from './appeals.tables.js';

export const APPEAL_TEXT_MAX = 5_000;
const MAX_ATTACHMENT_BYTES = 1_073_741_824;

const Attachment = z
  .object({
    name: z.string().trim().min(1).max(255),
    url: z.string().url().max(2_000).optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('The SHA-256 of the content, lower-case hex'),
    size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES).optional().describe('Bytes'),
  })
  .refine((a) => a.url !== undefined || a.sha256 !== undefined, {
    message: 'an attachment names a url or a sha256',
  });

export const AppealBody = z.object({
  text: z.string().trim().min(1).max(APPEAL_TEXT_MAX),
  attachments: z.array(Attachment).max(20).default([]),
  language: z.enum(STATEMENT_LANGUAGES).optional().describe('The reply’s language; default: the decision’s'),
});

export const AppealParams = z.object({ id: z.string().min(1).max(100) });

const Reasoning = z.string().trim().min(1).max(APPEAL_TEXT_MAX);

export const AppealDecisionBody = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('upheld'), reasoning: Reasoning }),
  z.object({ outcome: z.literal('reversed'), reasoning: Reasoning }),
  z.object({
    outcome: z.literal('modified'),
    reasoning: Reasoning,
    decision: DecisionBody.describe('The new decision, as for POST /v1/cases/:id/decision'),
  }),
]);

export const AppealListQuery = z.object({
  status: z.enum(APPEAL_STATUSES).optional(),
  decision: z.string().min(1).max(100).optional(),
  case: z.string().min(1).max(100).optional(),
  subject: z.string().min(1).max(200).optional(),
  subjectKind: z.enum(['merchant', 'host', 'user']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
