import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { actorOf, boundSubjectOf, type Principal, principalOf, STAFF_READ } from '../../../platform/http/principal.js';
import { checkOnboarding, clearBan, getStanding, markBanned, recordIdentities } from './identities.js';
import { BanBody, IdentitiesBody, identifiersOf, OnboardingCheckBody, StandingParams } from './identity.schemas.js';
import { DEV_IDENTITY_SECRET } from './identity-secret.js';

const tags = ['governance'];
// The platform's back end sends identities and asks the check; people only look and ban.
const INTAKE = { roles: ['admin', 'lead'], scopes: ['events:write', 'screen'] } as const;
const LEAD = { roles: ['lead'] } as const;

// A key or account acting for one merchant must not learn whom other accounts match.
function unbound(p: Principal): Principal {
  if (boundSubjectOf(p) !== null) throw new AuthError(AuthErrorCode.Forbidden, 'identities are for the platform');
  return p;
}

/** Identity fingerprints, bans and the onboarding check. */
export const identityRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock; secret?: string }> = async (app, opts) => {
  const { db, clock } = opts;
  const secret = opts.secret ?? DEV_IDENTITY_SECRET;

  app.post(
    '/v1/identities',
    {
      schema: {
        tags,
        summary: "Store the hashed identifiers of a merchant's or host's account",
        description: 'Only keyed hashes are kept, never the values.',
        body: IdentitiesBody,
      },
      config: { access: INTAKE },
    },
    async (req) => {
      unbound(principalOf(req));
      const { subjectKind, subjectId, ...fields } = req.body;
      return recordIdentities(db, clock, secret, { kind: subjectKind, id: subjectId }, identifiersOf(fields));
    },
  );

  app.post(
    '/v1/onboarding/check',
    {
      schema: {
        tags,
        summary: 'Allow, review or deny someone opening a shop or host account',
        description: 'Names the banned or suspended accounts the identifiers match, and which identifiers matched.',
        body: OnboardingCheckBody,
      },
      config: { access: INTAKE },
    },
    async (req) => {
      unbound(principalOf(req));
      const { subjectKind, subjectId, ...fields } = req.body;
      const applicant = subjectKind && subjectId ? { kind: subjectKind, id: subjectId } : undefined;
      return checkOnboarding(db, clock, secret, {
        identifiers: identifiersOf(fields),
        ...(applicant ? { applicant } : {}),
      });
    },
  );

  app.get(
    '/v1/identities/:subjectKind/:subjectId',
    {
      schema: {
        tags,
        summary: "An account's standing and how many identifiers it has on file",
        params: StandingParams,
      },
      config: { access: STAFF_READ },
    },
    async (req) => {
      unbound(principalOf(req));
      return getStanding(db, { kind: req.params.subjectKind, id: req.params.subjectId });
    },
  );

  app.put(
    '/v1/identities/:subjectKind/:subjectId/ban',
    {
      schema: { tags, summary: 'Mark an account banned (leads)', params: StandingParams, body: BanBody },
      config: { access: LEAD },
    },
    async (req) => {
      const actor = actorOf(principalOf(req));
      const { subjectKind, subjectId } = req.params;
      await db.transaction().execute((trx) => markBanned(trx, clock, subjectKind, subjectId, req.body.reason, actor));
      return getStanding(db, { kind: subjectKind, id: subjectId });
    },
  );

  app.delete(
    '/v1/identities/:subjectKind/:subjectId/ban',
    {
      schema: { tags, summary: 'Lift the ban of an account (leads)', params: StandingParams, body: BanBody },
      config: { access: LEAD },
    },
    async (req) => {
      const actor = actorOf(principalOf(req));
      const { subjectKind, subjectId } = req.params;
      await db.transaction().execute((trx) => clearBan(trx, clock, subjectKind, subjectId, req.body.reason, actor));
      return getStanding(db, { kind: subjectKind, id: subjectId });
    },
  );
};
