import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../platform/auth/auth.errors.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { actorOf, type Principal, principalOf, STAFF_READ } from '../../platform/http/principal.js';
import { appealRoutes } from './appeals/appeals.routes.js';
import { getCase, listCases, listQueues } from './cases/case-queries.js';
import { addCaseNote, claimNextCase, releaseCase } from './cases/case-review.js';
import type { CaseViewer } from './cases/case-viewer.js';
import { decisionRoutes } from './decisions/decisions.routes.js';
import { partyDecisionRoutes } from './decisions/party-decisions.routes.js';
import { dsaRoutes } from './dsa/dsa.routes.js';
import { figuresRoutes } from './figures/figures.routes.js';
import { CaseListQuery, CaseParams, NoteBody, QueueParams, ReleaseBody } from './governance.schemas.js';
import { identityRoutes } from './identity/identity.routes.js';
import { liveRoutes } from './live/live.routes.js';
import { reportRoutes } from './reports/reports.routes.js';
import { violationCatalogueRoutes } from './violations.routes.js';

const tags = ['governance'];
// Merchants and hosts reach their own cases through the same routes; anyone else's is a 404.
const CASE_READ = { roles: [...STAFF_READ.roles, 'merchant', 'host', 'rights_holder'], scopes: ['read'] } as const;
// Reviewing is done by people: API keys need the admin scope.
const REVIEW = { roles: ['admin', 'lead', 'reviewer'] } as const;

function viewerOf(p: Principal): CaseViewer {
  const actor = actorOf(p);
  if (p.kind === 'user') {
    const { role, subjectId } = p.user;
    if (role === 'merchant' || role === 'host' || role === 'rights_holder') {
      const kinds = role === 'merchant' ? (['merchant'] as const) : role === 'host' ? (['host'] as const) : [];
      return { kind: 'party', actor, subjectId: subjectId ?? '', subjectKinds: kinds };
    }
    return { kind: 'staff', actor, role: role === 'reviewer' || role === 'analyst' ? 'reviewer' : 'lead' };
  }
  if (p.apiKey.subjectId) {
    return { kind: 'party', actor, subjectId: p.apiKey.subjectId, subjectKinds: ['merchant', 'host', 'user'] };
  }
  return { kind: 'staff', actor, role: p.apiKey.scopes.includes('admin') ? 'lead' : 'reviewer' };
}

function staffOf(p: Principal): Extract<CaseViewer, { kind: 'staff' }> {
  const viewer = viewerOf(p);
  if (viewer.kind !== 'staff') throw new AuthError(AuthErrorCode.Forbidden, 'reviewing cases is for staff');
  return viewer;
}

/** Cases and review queues: list, read, claim the next case, release, notes. */
export const governanceRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock; identitySecret?: string }> = async (
  app,
  { db, clock, identitySecret },
) => {
  app.get(
    '/v1/cases',
    {
      schema: {
        tags,
        summary: 'Cases, newest first, with filters and a cursor',
        description: 'A merchant or host account (or a key bound to a subject) sees only its own cases.',
        querystring: CaseListQuery,
      },
      config: { access: CASE_READ },
    },
    async (req) => {
      const { subject, target, limit, before, ...rest } = req.query;
      return listCases(db, clock, viewerOf(principalOf(req)), {
        ...rest,
        subjectId: subject,
        targetId: target,
        limit,
        before,
      });
    },
  );

  app.get(
    '/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with its evidence and history',
        description: 'Answers 404 governance.case_not_found for a case the caller may not see.',
        params: CaseParams,
      },
      config: { access: CASE_READ },
    },
    async (req) => getCase(db, clock, viewerOf(principalOf(req)), req.params.id),
  );

  app.get(
    '/v1/queues',
    {
      schema: { tags, summary: 'Review queues with case counts per state and SLA state' },
      config: { access: STAFF_READ },
    },
    async () => ({ items: await listQueues(db, clock) }),
  );

  app.post(
    '/v1/queues/:queue/next',
    {
      schema: {
        tags,
        summary: 'Claim the next case of a queue for the calling reviewer',
        description:
          'The most urgent unclaimed case (highest priority, earliest due); `{ case: null }` when the queue is empty.',
        params: QueueParams,
      },
      config: { access: REVIEW },
    },
    async (req) => ({
      case: await claimNextCase(db, clock, req.params.queue, staffOf(principalOf(req))),
    }),
  );

  app.post(
    '/v1/cases/:id/release',
    {
      schema: {
        tags,
        summary: 'Hand a case in review back to its queue',
        params: CaseParams,
        body: ReleaseBody,
      },
      config: { access: REVIEW },
    },
    async (req) => releaseCase(db, clock, req.params.id, staffOf(principalOf(req)), req.body?.reason),
  );

  app.post(
    '/v1/cases/:id/notes',
    {
      schema: { tags, summary: 'Add an internal note to a case', params: CaseParams, body: NoteBody },
      config: { access: REVIEW },
    },
    async (req, reply) => {
      const detail = await addCaseNote(db, clock, req.params.id, staffOf(principalOf(req)), req.body.text);
      return reply.status(201).send(detail);
    },
  );

  // Decisions hang on a case (POST /v1/cases/:id/decision) and read governance records the same way.
  await app.register(decisionRoutes, { db, clock, viewerOf });
  await app.register(appealRoutes, { db, clock, viewerOf });
  await app.register(partyDecisionRoutes, { db, viewerOf });
  await app.register(dsaRoutes, { db });
  await app.register(figuresRoutes, { db, clock });
  await app.register(reportRoutes, { db, clock });
  await app.register(identityRoutes, { db, clock, ...(identitySecret ? { secret: identitySecret } : {}) });
  await app.register(liveRoutes, { db, clock, viewerOf });
  await app.register(violationCatalogueRoutes, {});
};
