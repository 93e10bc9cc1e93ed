import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, principalOf, STAFF_READ } from '../../../platform/http/principal.js';
import type { Platform } from '../../../platform/platform.js';
import {
  createPolicy,
  getPolicy,
  listDisagreements,
  listPolicies,
  setPolicyStatus,
  TARGET_STATUSES,
} from './policy.service.js';
import { policyRuntimeFor } from './policy-runtime.js';

const WRITE = { roles: ['admin', 'lead'], scopes: ['admin'] } as const;
const tags = ['screening'];

const VersionParams = z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647) });
const CreateBody = z.object({ source: z.string().min(1), note: z.string().max(1_000).optional() });
const StatusBody = z.object({ status: z.enum(TARGET_STATUSES) });
const DisagreementsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().min(1).max(100).optional(),
});

/** Versioned screening policies: list, read, create drafts, move through the lifecycle, shadow disagreements. */
export const policyRoutes: FastifyPluginAsyncZod<{ platform: Platform }> = async (app, { platform }) => {
  const { db, clock } = platform;
  const runtime = policyRuntimeFor(db, clock);

  app.get(
    '/v1/screening/policies',
    { schema: { tags, summary: 'Policy versions, newest first' }, config: { access: STAFF_READ } },
    async () => {
      // A fresh database shows its seeded default policy rather than an empty list.
      await runtime.current();
      return { items: await listPolicies(db) };
    },
  );

  app.get(
    '/v1/screening/policies/:version',
    {
      schema: { tags, summary: 'One policy version: its YAML source and rules', params: VersionParams },
      config: { access: STAFF_READ },
    },
    async (req) => {
      await runtime.current();
      const p = await getPolicy(db, req.params.version);
      return {
        version: p.version,
        name: p.name,
        status: p.status,
        note: p.note,
        createdAt: p.createdAt,
        createdBy: p.createdBy,
        statusChangedAt: p.statusChangedAt,
        source: p.source,
        rules: p.rules,
      };
    },
  );

  app.post(
    '/v1/screening/policies',
    {
      schema: {
        tags,
        summary: 'Store a policy document (YAML) as a new draft version',
        description:
          'An invalid document is refused with 400 screening.invalid_policy naming the line and path of each problem.',
        body: CreateBody,
      },
      config: { access: WRITE },
    },
    async (req, reply) => {
      await runtime.current();
      const created = await createPolicy(db, clock, {
        source: req.body.source,
        note: req.body.note ?? null,
        actor: actorOf(principalOf(req)),
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/v1/screening/policies/:version/status',
    {
      schema: {
        tags,
        summary: 'Move a policy to shadow, active or retired',
        description:
          'Activating retires the previous active version; shadowing sends the previous shadow back to draft. The active version cannot be retired directly (409 screening.invalid_transition): activate another.',
        params: VersionParams,
        body: StatusBody,
      },
      config: { access: WRITE },
    },
    async (req) => {
      await runtime.current();
      const result = await setPolicyStatus(db, clock, {
        version: req.params.version,
        status: req.body.status,
        actor: actorOf(principalOf(req)),
      });
      runtime.invalidate();
      return result;
    },
  );

  app.get(
    '/v1/screening/policies/:version/disagreements',
    {
      schema: {
        tags,
        summary: 'Decisions on which this (shadow) policy differed from the active one',
        params: VersionParams,
        querystring: DisagreementsQuery,
      },
      config: { access: STAFF_READ },
    },
    async (req) => listDisagreements(db, req.params.version, req.query),
  );
};
