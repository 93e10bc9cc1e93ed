import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Db } from '../../../platform/db/database.js';
import { type Principal, principalOf } from '../../../platform/http/principal.js';
import { DEFAULT_APPEAL_RULES } from '../appeals/file-appeal.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { DecisionParams } from './decisions.schemas.js';
import { getPartyDecision, listPartyDecisions } from './party-decisions.js';

const access = { roles: ['merchant', 'host', 'rights_holder'], scopes: ['read'] } as const;

const PartyDecisionQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface PartyDecisionRoutesOptions {
  db: Db;
  viewerOf: (p: Principal) => CaseViewer;
  /** The appeal window the appeal routes enforce, so the portal shows the same deadline. */
  appealWindowMs?: number;
}

/** The portal's list of decisions: a merchant or host reads the decisions about itself. */
export const partyDecisionRoutes: FastifyPluginAsyncZod<PartyDecisionRoutesOptions> = async (app, opts) => {
  const { db, viewerOf } = opts;
  const appealWindowMs = opts.appealWindowMs ?? DEFAULT_APPEAL_RULES.windowMs;

  const partyOf = (p: Principal) => {
    const viewer = viewerOf(p);
    if (viewer.kind !== 'party')
      throw new AuthError(AuthErrorCode.Forbidden, 'the portal is for merchant and host accounts');
    return viewer;
  };

  app.get(
    '/v1/portal/decisions',
    {
      schema: {
        tags: ['portal'],
        summary: 'Decisions about the logged-in merchant or host, newest first, with their appeal deadline',
        description:
          'Only decisions in effect or reversed, with sanctions and the statement of reasons, without reviewer names. Staff read decisions through /v1/decisions/:id.',
        querystring: PartyDecisionQuery,
      },
      config: { access },
    },
    async (req) => ({
      items: await listPartyDecisions(db, partyOf(principalOf(req)), { limit: req.query.limit, appealWindowMs }),
    }),
  );

  app.get(
    '/v1/portal/decisions/:id',
    {
      schema: {
        tags: ['portal'],
        summary: 'One decision about the logged-in merchant or host, with its appeal deadline',
        description: 'Another party’s decision, or one not in effect yet, answers 404 governance.decision_not_found.',
        params: DecisionParams,
      },
      config: { access },
    },
    async (req) => getPartyDecision(db, partyOf(principalOf(req)), req.params.id, { appealWindowMs }),
  );
};
