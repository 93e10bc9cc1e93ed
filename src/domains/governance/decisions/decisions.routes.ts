import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type Principal, principalOf } from '../../../platform/http/principal.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { CaseParams } from '../governance.schemas.js';
import { getSubjectPoints } from '../points/points-queries.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { confirmDecision, rejectDecision } from './confirm-decision.js';
import { type Decider, decideCase } from './decide-case.js';
import { getDecision, listSanctions } from './decision-queries.js';
import {
  ConfirmBody,
  DecisionBody,
  DecisionParams,
  ReasonBody,
  SanctionListQuery,
  SubjectParams,
} from './decisions.schemas.js';
import { defaultViolationCatalogue } from './default-violation-catalogue.js';
import { reverseDecision } from './reverse-decision.js';

const tags = ['governance'];
const READ = {
  roles: ['admin', 'lead', 'reviewer', 'analyst', 'merchant', 'host', 'rights_holder'],
  scopes: ['read'],
} as const;
const REVIEW = { roles: ['admin', 'lead', 'reviewer'] } as const;

export interface DecisionRoutesOptions {
  db: Db;
  clock: Clock;
  /** How the caller reads governance records (the case routes' rule). */
  viewerOf: (p: Principal) => CaseViewer;
  catalogue?: ViolationCatalogue;
}

/** Decisions on cases, four-eyes confirmation, reversal, sanctions and points ledgers. */
export const decisionRoutes: FastifyPluginAsyncZod<DecisionRoutesOptions> = async (app, opts) => {
  const { db, clock, viewerOf } = opts;
  const catalogue = opts.catalogue ?? defaultViolationCatalogue();
  const deciderOf = (p: Principal): Decider => {
    const viewer = viewerOf(p);
    if (viewer.kind !== 'staff') throw new AuthError(AuthErrorCode.Forbidden, 'deciding is for staff');
    return { actor: viewer.actor, role: viewer.role };
  };

  app.post(
    '/v1/cases/:id/decision',
    {
      schema: {
        tags,
        summary: 'Decide a case in review: violation, actions, facts, the language of the affected party',
        description:
          'Takes effect at once (201, status in_effect), or waits for a second reviewer (status pending_confirmation) when an action needs four eyes.',
        params: CaseParams,
        body: DecisionBody,
      },
      config: { access: REVIEW },
    },
    async (req, reply) => {
      const decision = await decideCase(db, clock, req.params.id, deciderOf(principalOf(req)), req.body, { catalogue });
      return reply.status(201).send(decision);
    },
  );

  app.post(
    '/v1/decisions/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a decision waiting for a second reviewer (four eyes)',
        params: DecisionParams,
        body: ConfirmBody,
      },
      config: { access: REVIEW },
    },
    async (req) => confirmDecision(db, clock, req.params.id, deciderOf(principalOf(req)), { catalogue }),
  );

  app.post(
    '/v1/decisions/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a decision waiting for a second reviewer; the case stays in review',
        params: DecisionParams,
        body: ReasonBody,
      },
      config: { access: REVIEW },
    },
    async (req) => rejectDecision(db, clock, req.params.id, deciderOf(principalOf(req)), req.body.reason),
  );

  app.post(
    '/v1/decisions/:id/reverse',
    {
      schema: {
        tags,
        summary: 'Reverse a decision in effect: points back, its sanctions lifted (leads)',
        params: DecisionParams,
        body: ReasonBody,
      },
      config: { access: REVIEW },
    },
    async (req) => {
      const who = deciderOf(principalOf(req));
      if (who.role !== 'lead') throw new AuthError(AuthErrorCode.Forbidden, 'only a lead may reverse a decision');
      return reverseDecision(db, clock, req.params.id, who.actor, req.body.reason, { catalogue });
    },
  );

  app.get(
    '/v1/decisions/:id',
    {
      schema: {
        tags,
        summary: 'One decision with its sanctions and statement of reasons',
        description: 'A merchant or host sees only its own decisions in effect or reversed; anything else is 404.',
        params: DecisionParams,
      },
      config: { access: READ },
    },
    async (req) => getDecision(db, viewerOf(principalOf(req)), req.params.id),
  );

  app.get(
    '/v1/subjects/:kind/:id/points',
    {
      schema: {
        tags,
        summary: 'A merchant’s or host’s penalty points: ledger, totals per track, active sanctions',
        params: SubjectParams,
      },
      config: { access: READ },
    },
    async (req) =>
      getSubjectPoints(db, clock, catalogue, viewerOf(principalOf(req)), { kind: req.params.kind, id: req.params.id }),
  );

  app.get(
    '/v1/sanctions',
    {
      schema: { tags, summary: 'Sanctions, newest first', querystring: SanctionListQuery },
      config: { access: READ },
    },
    async (req) => {
      const { subject, subjectKind, status, decision, limit } = req.query;
      return {
        items: await listSanctions(db, viewerOf(principalOf(req)), {
          subjectId: subject,
          subjectKind,
          status,
          decisionId: decision,
          limit,
        }),
      };
    },
  );
};
