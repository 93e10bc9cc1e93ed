import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuthError, AuthErrorCode } from '../auth/auth.errors.js';
import { boundSubjectOf, principalOf } from '../http/principal.js';
import { EVENT_TYPES } from './event-types.js';
import type { EventsService } from './events.service.js';

const IntakeResult = z.object({
  accepted: z.number().int(),
  duplicates: z.array(z.number().int()),
  rejected: z.array(z.object({ index: z.number().int(), code: z.string(), message: z.string() })),
});

const ListQuery = z.object({
  type: z.enum(Object.keys(EVENT_TYPES) as [string, ...string[]]).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const eventsRoutes: FastifyPluginAsyncZod<{ events: EventsService }> = async (app, { events }) => {
  app.post(
    '/v1/events',
    {
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        tags: ['events'],
        summary: 'Send a batch of CloudEvents (JSON array, at most 1,000)',
        description: 'Idempotent by (source, id). See docs/events.md for every type and its data.',
        body: z.unknown(),
        response: { 200: IntakeResult },
      },
      config: { access: { scopes: ['events:write'] } },
    },
    async (req) => {
      const p = principalOf(req);
      return events.ingest(req.body, p.kind === 'apiKey' ? p.apiKey.id : null);
    },
  );

  app.get(
    '/v1/events/types',
    {
      schema: { tags: ['events'], summary: 'The event types POST /v1/events accepts' },
      config: { access: { roles: ['admin', 'lead', 'reviewer', 'analyst'], scopes: ['read', 'events:write'] } },
    },
    async () => ({ items: Object.keys(EVENT_TYPES) }),
  );

  const read = { roles: ['admin', 'lead', 'reviewer', 'analyst'], scopes: ['read'] } as const;
  app.get(
    '/v1/events',
    { schema: { tags: ['events'], summary: 'Recent events', querystring: ListQuery }, config: { access: read } },
    async (req) => {
      // A key bound to one merchant or host reads only what names it.
      const partyId = boundSubjectOf(principalOf(req)) ?? undefined;
      const rows = await events.listRecent({ ...req.query, partyId });
      return { items: rows.map(({ data: _data, ...r }) => r) };
    },
  );

  // A merchant's, host's or rights holder's own events, and nobody else's.
  app.get(
    '/v1/portal/events',
    {
      schema: { tags: ['portal'], summary: 'Events that name the logged-in merchant or host', querystring: ListQuery },
      config: { access: { roles: ['merchant', 'host', 'rights_holder'], scopes: ['read'] } },
    },
    async (req) => {
      const subject = boundSubjectOf(principalOf(req));
      if (!subject)
        throw new AuthError(AuthErrorCode.Forbidden, 'the portal is for merchant, host and rights-holder accounts');
      return { items: await events.listRecent({ ...req.query, partyId: subject }) };
    },
  );
};
