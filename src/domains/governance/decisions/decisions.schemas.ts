import { z } from 'zod';
import { MAX_SANCTION_DAYS, SANCTION_ACTIONS } from '../rules/sanction-actions.js';
import { STATEMENT_LANGUAGES } from '../rules/violation-catalogue.js';
import { SANCTION_STATUSES } from './decisions.tables.js';

const Action = z.object({
  type: z.enum(SANCTION_ACTIONS),
  days: z.number().int().min(1).max(MAX_SANCTION_DAYS).optional(),
  amount: z
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Minor units of the deposit currency (deduct_deposit)'),
});

export const DecisionBody = z.object({
  violationType: z
    .string()
    .min(1)
    .max(100)
    .describe('A type of the violation catalogue, or `none` for no violation (restore or dismiss)'),
  actions: z
    .array(Action)
    .max(12)
    .optional()
    .describe("Absent: the catalogue's default actions for the type that fit the case's target"),
  facts: z.string().trim().min(1).max(5_000).describe('What was found, for the statement of reasons'),
  language: z.enum(STATEMENT_LANGUAGES).describe('The language of the affected party'),
});

export const DecisionParams = z.object({ id: z.string().min(1).max(100) });
export const ConfirmBody = z.object({ note: z.string().trim().min(1).max(2_000).optional() }).nullish();
export const ReasonBody = z.object({ reason: z.string().trim().min(1).max(2_000) });

export const SubjectParams = z.object({
  kind: z.enum(['merchant', 'host']),
  id: z.string().min(1).max(200),
});

export const SanctionListQuery = z.object({
  subject: z.string().min(1).max(200).optional().describe('The subject id (merchant or host)'),
  subjectKind: z.enum(['merchant', 'host', 'user']).optional(),
  status: z.enum(SANCTION_STATUSES).optional(),
  decision: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
