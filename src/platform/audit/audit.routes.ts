import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { listAudit, verifyAuditChain } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const access = { roles: ['admin', 'lead'], scopes: ['admin'] } as const;
  app.get(
    '/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Recent audit entries',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      },
      config: { access },
    },
    async (req) => ({ items: await listAudit(db, req.query.limit) }),
  );
  app.post(
    '/v1/audit/verify',
    { schema: { tags: ['audit'], summary: 'Check the hash chain' }, config: { access } },
    async () => verifyAuditChain(db),
  );
};
