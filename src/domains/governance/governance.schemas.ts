import { z } from 'zod';
import { CASE_PRIORITIES } from './rules/case-priority.js';
import { CASE_STATES } from './rules/case-state-machine.js';

const id = z.string().min(1).max(200);

export const CaseListQuery = z.object({
  queue: z.string().min(1).max(100).optional(),
  state: z.enum(CASE_STATES).optional(),
  priority: z.enum(CASE_PRIORITIES).optional(),
  subject: id.optional().describe('The subject id (merchant, host or user)'),
  subjectKind: z.enum(['merchant', 'host', 'user']).optional(),
  target: id.optional().describe('The target id (listing, live session, comment, merchant or host)'),
  targetKind: z.enum(['listing', 'live_session', 'comment', 'merchant', 'host']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(100).optional().describe('nextBefore of the previous page'),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseParams = z.object({ id: z.string().min(1).max(100) });
export const QueueParams = z.object({ queue: z.string().min(1).max(100) });

export const ReleaseBody = z
  .object({ reason: z.string().trim().min(1).max(1_000).optional() })
  // A release needs no body at all.
  .nullish()
  .describe('Why the case goes back to its queue (optional)');

export const NoteBody = z.object({ text: z.string().trim().min(1).max(10_000) });
