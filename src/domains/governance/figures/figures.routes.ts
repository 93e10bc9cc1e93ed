import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { boundSubjectOf, principalOf, STAFF_READ } from '../../../platform/http/principal.js';
import { FiguresQuery, FiguresResponse } from './figures.schemas.js';
import { MAX_FIGURES_DAYS, parseFiguresRange } from './figures-range.js';
import { governanceFigures } from './governance-figures.js';

// Figures over every merchant and host: staff who may read cases, and platform keys.

/** GET /v1/governance/figures: report rates, penalties, decision times, SLA, appeals, automation. */
export const figuresRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = async (app, { db, clock }) => {
  app.get(
    '/v1/governance/figures',
    {
      schema: {
        tags: ['governance'],
        summary: 'Enforcement figures for a range of UTC days, for trust reporting',
        description: `from and to are UTC days (YYYY-MM-DD), both included, at most ${MAX_FIGURES_DAYS} days. Definitions in docs/governance.md#figures.`,
        querystring: FiguresQuery,
        response: { 200: FiguresResponse },
      },
      config: { access: STAFF_READ },
    },
    async (req) => {
      // A key bound to one merchant or host is that party's, not the platform's.
      if (boundSubjectOf(principalOf(req)) !== null) {
        throw new AuthError(AuthErrorCode.Forbidden, 'governance figures are for staff and platform keys');
      }
      return governanceFigures(db, clock, parseFiguresRange(req.query.from, req.query.to));
    },
  );
};
