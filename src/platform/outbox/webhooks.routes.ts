import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf } from '../http/principal.js';
import type { WebhooksService } from './webhooks.service.js';

const Id = z.object({ id: z.string().min(1).max(100) });
const EventTypes = z.array(z.string().min(1).max(100)).min(1).max(100);
const CreateBody = z.object({
  url: z.string().min(1).max(2_000),
  eventTypes: EventTypes,
  description: z.string().max(500).optional(),
});
const PatchBody = z.object({
  url: z.string().min(1).max(2_000).optional(),
  eventTypes: EventTypes.optional(),
  description: z.string().max(500).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
const DeliveryQuery = z.object({
  status: z.enum(['pending', 'succeeded', 'failing', 'dead']).optional(),
  endpointId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const webhooksRoutes: FastifyPluginAsyncZod<{ webhooks: WebhooksService }> = async (app, { webhooks }) => {
  const read = {
    config: { access: { roles: ['admin', 'lead', 'analyst'], scopes: ['read', 'webhooks:write'] } },
  } as const;
  const write = { config: { access: { roles: ['admin'], scopes: ['webhooks:write'] } } } as const;
  const tags = ['webhooks'];

  app.get('/v1/webhooks/types', { schema: { tags, summary: 'Webhook message types' }, ...read }, async () => ({
    items: webhooks.types(),
  }));
  app.get('/v1/webhooks/endpoints', { schema: { tags, summary: 'List endpoints' }, ...read }, async () => ({
    items: await webhooks.listEndpoints(),
  }));
  app.post(
    '/v1/webhooks/endpoints',
    { schema: { tags, summary: 'Add an endpoint; its whsec_ secret is returned once', body: CreateBody }, ...write },
    async (req, reply) =>
      reply.status(201).send(await webhooks.createEndpoint({ ...req.body, actor: actorOf(principalOf(req)) })),
  );
  app.patch(
    '/v1/webhooks/endpoints/:id',
    { schema: { tags, summary: 'Change or re-enable an endpoint', params: Id, body: PatchBody }, ...write },
    async (req) => ({
      endpoint: await webhooks.updateEndpoint(req.params.id, req.body, actorOf(principalOf(req))),
    }),
  );
  app.delete(
    '/v1/webhooks/endpoints/:id',
    { schema: { tags, summary: 'Delete an endpoint', params: Id }, ...write },
    async (req, reply) => {
      await webhooks.deleteEndpoint(req.params.id, actorOf(principalOf(req)));
      return reply.status(204).send();
    },
  );
  app.post(
    '/v1/webhooks/endpoints/:id/test',
    { schema: { tags, summary: 'Send a webhook.test message', params: Id }, ...write },
    async (req, reply) => reply.status(202).send({ messageId: await webhooks.sendTest(req.params.id) }),
  );
  app.get(
    '/v1/webhooks/deliveries',
    { schema: { tags, summary: 'Delivery log', querystring: DeliveryQuery }, ...read },
    async (req) => ({
      items: await webhooks.listDeliveries(req.query),
    }),
  );
  app.get(
    '/v1/webhooks/deliveries/:id',
    { schema: { tags, summary: 'One delivery with its attempts and payload', params: Id }, ...read },
    async (req) => webhooks.getDelivery(req.params.id),
  );
  app.post(
    '/v1/webhooks/deliveries/:id/redeliver',
    { schema: { tags, summary: 'Send a delivery again', params: Id }, ...write },
    async (req, reply) =>
      reply.status(202).send({ delivery: await webhooks.redeliver(req.params.id, actorOf(principalOf(req))) }),
  );
};
