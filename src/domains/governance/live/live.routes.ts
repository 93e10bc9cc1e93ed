import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { actorOf, boundSubjectOf, type Principal, principalOf, STAFF_READ } from '../../../platform/http/principal.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { findCase } from '../cases/cases.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { CaseParams } from '../governance.schemas.js';
import { authorizeLive, DEFAULT_LIVE_CONTROL_RULES, type LiveControlRules } from './authorize-live.js';
import { assessHostRisk } from './host-history.js';
import { findProposal, findSubmission } from './live.repository.js';
import { AuthorizeBody, HostParams, QcDecisionBody, QcParams, RiskQuery } from './live.schemas.js';
import { decideQcSubmission, toQcSubmissionView } from './qc-decision.js';

const tags = ['governance'];
const RISK_READ = { roles: ['admin', 'lead', 'reviewer', 'analyst', 'host'], scopes: ['read'] } as const;
// The platform asks before a stream starts, with the key it screens with.
const AUTHORIZE = { roles: ['admin', 'lead'], scopes: ['screen'] } as const;
const REVIEW = { roles: ['admin', 'lead', 'reviewer'] } as const;

export interface LiveRoutesOptions {
  db: Db;
  clock: Clock;
  viewerOf: (p: Principal) => CaseViewer;
  rules?: LiveControlRules;
}

const noSuchHost = (hostId: string) =>
  new GovernanceError(GovernanceErrorCode.SubjectNotFound, `no record of host ${hostId}`);

/** Host risk, quality pre-review before a stream (authorize) and its QC decisions. */
export const liveRoutes: FastifyPluginAsyncZod<LiveRoutesOptions> = async (app, opts) => {
  const { db, clock, viewerOf } = opts;
  const rules = opts.rules ?? DEFAULT_LIVE_CONTROL_RULES;

  app.get(
    '/v1/hosts/:id/risk',
    {
      schema: {
        tags,
        summary: 'A host’s risk level (low, medium, high) and the signals that set it',
        description: 'Staff read any host; a host reads only its own (anyone else’s is 404).',
        params: HostParams,
        querystring: RiskQuery,
      },
      config: { access: RISK_READ },
    },
    async (req) => {
      const viewer = viewerOf(principalOf(req));
      const hostId = req.params.id;
      if (viewer.kind === 'party' && (viewer.subjectId !== hostId || !viewer.subjectKinds.includes('host'))) {
        throw noSuchHost(hostId);
      }
      return assessHostRisk(db, clock, hostId, req.query, rules.risk);
    },
  );

  app.post(
    '/v1/live/authorize',
    {
      schema: {
        tags,
        summary: 'May this host go live with these products? allow, needs_review or deny',
        description:
          'deny: a suspend_live, suspend_account or terminate_account sanction is in force. needs_review: the host is high-risk and some product has no valid passed pre-review; submissions sent with products open cases in the qc queue.',
        body: AuthorizeBody,
      },
      config: { access: AUTHORIZE },
    },
    async (req) => {
      const p = principalOf(req);
      const { hostId, sessionId, products, viewers, streams } = req.body;
      const bound = boundSubjectOf(p);
      if (bound !== null && bound !== hostId) throw noSuchHost(hostId);
      return authorizeLive(
        db,
        clock,
        actorOf(p),
        {
          hostId,
          ...(sessionId === undefined ? {} : { sessionId }),
          products,
          audience: {
            ...(viewers === undefined ? {} : { viewers }),
            ...(streams === undefined ? {} : { streams }),
          },
        },
        rules,
      );
    },
  );

  app.get(
    '/v1/cases/:id/proposal',
    {
      schema: {
        tags,
        summary: 'The decision an emergency case proposes to its reviewer (null when none)',
        description: 'For the decision form: violation type, track, points and actions; a hint, never a decision.',
        params: CaseParams,
      },
      config: { access: STAFF_READ },
    },
    async (req) => {
      const c = await findCase(db, req.params.id);
      if (!c) throw new GovernanceError(GovernanceErrorCode.CaseNotFound, `no case ${req.params.id}`);
      const row = await findProposal(db, c.id);
      return {
        caseId: c.id,
        proposal: row ? (typeof row.proposal === 'string' ? JSON.parse(row.proposal) : row.proposal) : null,
        proposedAt: row?.proposedAt ?? null,
      };
    },
  );

  app.get(
    '/v1/qc/:id',
    {
      schema: { tags, summary: 'One quality pre-review submission', params: QcParams },
      config: { access: STAFF_READ },
    },
    async (req) => {
      const row = await findSubmission(db, req.params.id);
      if (!row)
        throw new GovernanceError(GovernanceErrorCode.QcSubmissionNotFound, `no QC submission ${req.params.id}`);
      return toQcSubmissionView(row);
    },
  );

  app.post(
    '/v1/qc/:id/decision',
    {
      schema: {
        tags,
        summary: 'Pass or fail a pending quality pre-review submission',
        description: 'A pass lets the host sell the product live for the validity period (90 days by default).',
        params: QcParams,
        body: QcDecisionBody,
      },
      config: { access: REVIEW },
    },
    async (req) => {
      const viewer = viewerOf(principalOf(req));
      if (viewer.kind !== 'staff') throw new AuthError(AuthErrorCode.Forbidden, 'pre-review is for staff');
      return decideQcSubmission(db, clock, req.params.id, viewer.actor, req.body, rules);
    },
  );
};
