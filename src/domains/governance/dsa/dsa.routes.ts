import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Db } from '../../../platform/db/database.js';
import { boundSubjectOf, principalOf } from '../../../platform/http/principal.js';
import { defaultViolationCatalogue } from '../decisions/default-violation-catalogue.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { exportDsaStatements } from './dsa-queries.js';
import { MAX_HTTP_RANGE_DAYS, parseDsaRange } from './dsa-range.js';

// Statements of reasons are aggregate reporting: staff who read figures, or a platform key.
const DSA_READ = { roles: ['admin', 'lead', 'analyst'], scopes: ['read'] } as const;

// Strings, not z.string().datetime(): a bad range answers governance.dsa_range_invalid, the same
// code the CLI gives, rather than the generic validation error.
const DsaQuery = z.object({
  from: z.string().max(64).optional().describe('ISO 8601 instant, inclusive'),
  to: z.string().max(64).optional().describe('ISO 8601 instant, exclusive'),
});

export interface DsaRoutesOptions {
  db: Db;
  catalogue?: ViolationCatalogue;
}

/** GET /v1/dsa/statements: DSA statements of reasons in the EU Transparency Database API format. */
export const dsaRoutes: FastifyPluginAsyncZod<DsaRoutesOptions> = async (app, opts) => {
  const { db } = opts;
  const catalogue = opts.catalogue ?? defaultViolationCatalogue();

  app.get(
    '/v1/dsa/statements',
    {
      schema: {
        tags: ['governance'],
        summary: 'DSA statements of reasons for the decisions that took effect in [from, to)',
        description: `A JSON array of statements in the EU Transparency Database API format (POST /api/v1/statement), oldest first; at most ${MAX_HTTP_RANGE_DAYS} days a request. Holds no personal data.`,
        querystring: DsaQuery,
      },
      config: { access: DSA_READ },
    },
    async (req) => {
      // A key bound to one merchant or host is that party's, not the platform's.
      if (boundSubjectOf(principalOf(req)) !== null) {
        throw new AuthError(AuthErrorCode.Forbidden, 'DSA statements are for staff and platform keys');
      }
      const range = parseDsaRange(req.query.from, req.query.to, MAX_HTTP_RANGE_DAYS);
      return (await exportDsaStatements(db, catalogue, range)).statements;
    },
  );
};
