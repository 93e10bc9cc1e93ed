import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { eventStats } from '../events/event-stats.js';
import { jobStats } from '../jobs/jobs.service.js';
import type { WebhooksService } from '../outbox/webhooks.service.js';
import { fillMinutes } from './fill-minutes.js';

export const overviewRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock; webhooks: WebhooksService }> = async (
  app,
  { db, clock, webhooks },
) => {
  app.get(
    '/v1/overview',
    {
      schema: { tags: ['overview'], summary: 'Live figures for the console overview' },
      config: { access: { roles: ['admin', 'lead', 'reviewer', 'analyst'], scopes: ['read'] } },
    },
    async () => {
      const now = clock.now();
      const since = new Date(Math.floor(now.getTime() / 60_000) * 60_000 - 59 * 60_000);
      const [events, hooks, jobs] = await Promise.all([eventStats(db, since), webhooks.stats(since), jobStats(db)]);
      return {
        generatedAt: now,
        events: {
          total: events.total,
          lastHour: events.perMinute.reduce((s, m) => s + m.count, 0),
          perMinute: fillMinutes(since, 60, events.perMinute, { count: 0 }),
        },
        deliveries: {
          ...hooks.deliveries,
          perMinute: fillMinutes(since, 60, hooks.perMinute, { succeeded: 0, failed: 0 }),
        },
        jobs,
        endpoints: hooks.endpoints,
      };
    },
  );
};
