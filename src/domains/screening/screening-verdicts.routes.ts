import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../platform/db/database.js';

const VerdictsQuery = z.object({
  kind: z.string().max(50).optional().describe('Content kind: listing, live_segment, comment, …'),
  outcome: z.enum(['allow', 'review', 'block', 'stop_stream']).optional(),
  subject: z.string().max(200).optional().describe('The merchant, host or comment author id'),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Part of the content id, subject id, or of a finding (term, matched text), case-insensitive'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().max(100).optional().describe('nextBefore of the previous page'),
});

const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const screeningVerdictsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/v1/screening/verdicts',
    {
      schema: {
        tags: ['screening'],
        summary: 'Stored verdicts, newest first, with filters and a cursor',
        querystring: VerdictsQuery,
      },
      config: { access: { roles: ['admin', 'lead', 'reviewer', 'analyst'], scopes: ['read'] } },
    },
    async (req) => {
      const { kind, outcome, subject, q, limit, before } = req.query;
      let query = db
        .selectFrom('scrVerdicts')
        .select(['id', 'contentKind', 'contentId', 'subjectId', 'outcome', 'score', 'findings', 'policy', 'createdAt'])
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (kind !== undefined) query = query.where('contentKind', '=', kind);
      if (outcome !== undefined) query = query.where('outcome', '=', outcome);
      if (subject !== undefined) query = query.where('subjectId', '=', subject);
      if (q !== undefined) {
        const p = likePattern(q);
        query = query.where((eb) =>
          eb.or([eb('contentId', 'ilike', p), eb('subjectId', 'ilike', p), eb(sql`findings::text`, 'ilike', p)]),
        );
      }
      if (before !== undefined) {
        // Keyset on (created_at, id): stable while new verdicts arrive. An unknown cursor matches nothing.
        query = query.where(
          sql<boolean>`(created_at, id) < (select c.created_at, c.id from scr_verdicts c where c.id = ${before})`,
        );
      }
      const rows = await query.execute();
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({
          ...r,
          findings: typeof r.findings === 'string' ? JSON.parse(r.findings) : r.findings,
        })),
        nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
      };
    },
  );
};
