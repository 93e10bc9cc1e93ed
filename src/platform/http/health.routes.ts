import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export const healthRoutes: FastifyPluginAsync<{ db: Db; isShuttingDown: () => boolean }> = async (
  app,
  { db, isShuttingDown },
) => {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is up' } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { tags: ['health'], summary: 'The process can serve: database reachable, not draining' } },
    async (_req, reply) => {
      if (isShuttingDown()) return reply.status(503).send({ status: 'draining' });
      try {
        await sql`select 1`.execute(db);
        return { status: 'ready' };
      } catch (err) {
        return reply.status(503).send({ status: 'database unreachable', error: (err as Error).message });
      }
    },
  );
};
