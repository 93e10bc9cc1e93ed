import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type Principal, principalOf } from '../../../platform/http/principal.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import type { Decider } from '../decisions/decide-case.js';
import { DecisionParams } from '../decisions/decisions.schemas.js';
import { defaultViolationCatalogue } from '../decisions/default-violation-catalogue.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { getAppeal, listAppeals } from './appeal-queries.js';
import { AppealBody, AppealDecisionBody, AppealListQuery, AppealParams } from './appeals.schemas.js';
import { claimNextAppeal } from './claim-appeal.js';
import { decideAppeal } from './decide-appeal.js';
import { type AppealRules, DEFAULT_APPEAL_RULES, fileAppeal } from './file-appeal.js';

const tags = ['governance'];
// The affected party appeals from the portal, or through an API key bound to it.
const APPEAL = { roles: ['merchant', 'host'], scopes: ['events:write'] } as const;
const READ = {
  roles: ['admin', 'lead', 'reviewer', 'analyst', 'merchant', 'host', 'rights_holder'],
  scopes: ['read'],
} as const;
const REVIEW = { roles: ['admin', 'lead', 'reviewer'] } as const;

export interface AppealRoutesOptions {
  db: Db;
  clock: Clock;
  viewerOf: (p: Principal) => CaseViewer;
  catalogue?: ViolationCatalogue;
  rules?: AppealRules;
}

/** Appeals (DSA Art. 20): filing, the appeals queue, deciding, reading. */
export const appealRoutes: FastifyPluginAsyncZod<AppealRoutesOptions> = async (app, opts) => {
  const { db, clock, viewerOf } = opts;
  const catalogue = opts.catalogue ?? defaultViolationCatalogue();
  const rules = opts.rules ?? DEFAULT_APPEAL_RULES;
  const staffOf = (p: Principal): Extract<CaseViewer, { kind: 'staff' }> => {
    const viewer = viewerOf(p);
    if (viewer.kind !== 'staff') throw new AuthError(AuthErrorCode.Forbidden, 'reviewing appeals is for staff');
    return viewer;
  };
  const deciderOf = (p: Principal): Decider => {
    const { actor, role } = staffOf(p);
    return { actor, role };
  };

  app.post(
    '/v1/decisions/:id/appeals',
    {
      schema: {
        tags,
        summary: 'Appeal a decision in effect (the affected merchant or host, within the appeal window)',
        description:
          'One open appeal per decision (409 governance.appeal_already_open); after the window, 409 governance.appeal_window_closed; another party’s decision is 404.',
        params: DecisionParams,
        body: AppealBody,
      },
      config: { access: APPEAL },
    },
    async (req, reply) => {
      const viewer = viewerOf(principalOf(req));
      if (viewer.kind !== 'party') {
        throw new AuthError(AuthErrorCode.Forbidden, 'an appeal is filed by the party the decision concerns');
      }
      const appeal = await fileAppeal(db, clock, req.params.id, viewer, req.body, rules);
      return reply.status(201).send(appeal);
    },
  );

  // A static path wins over /v1/queues/:queue/next: appealed cases are claimed by their own rule.
  app.post(
    '/v1/queues/appeals/next',
    {
      schema: {
        tags,
        summary: 'Claim the next appeal for the calling reviewer',
        description:
          'The most urgent unclaimed appeal whose decision the caller neither took nor confirmed; `{ case: null, appeal: null }` when there is none.',
      },
      config: { access: REVIEW },
    },
    async (req) => claimNextAppeal(db, clock, staffOf(principalOf(req))),
  );

  app.post(
    '/v1/appeals/:id/decision',
    {
      schema: {
        tags,
        summary: 'Decide an appeal: upheld, reversed, or modified (with the new decision)',
        description:
          'By someone other than who took or confirmed the appealed decision (403 governance.appeal_same_reviewer).',
        params: AppealParams,
        body: AppealDecisionBody,
      },
      config: { access: REVIEW },
    },
    async (req) => decideAppeal(db, clock, req.params.id, deciderOf(principalOf(req)), req.body, { catalogue }),
  );

  app.get(
    '/v1/appeals',
    {
      schema: { tags, summary: 'Appeals, newest first', querystring: AppealListQuery },
      config: { access: READ },
    },
    async (req) => {
      const { status, decision, case: caseId, subject, subjectKind, limit } = req.query;
      return {
        items: await listAppeals(db, viewerOf(principalOf(req)), {
          status,
          decisionId: decision,
          caseId,
          subjectId: subject,
          subjectKinds: subjectKind ? [subjectKind] : undefined,
          limit,
        }),
      };
    },
  );

  app.get(
    '/v1/appeals/:id',
    {
      schema: {
        tags,
        summary: 'One appeal with its outcome and reply',
        description: 'A merchant or host sees only its own appeals; anything else is 404.',
        params: AppealParams,
      },
      config: { access: READ },
    },
    async (req) => getAppeal(db, viewerOf(principalOf(req)), req.params.id),
  );
};
