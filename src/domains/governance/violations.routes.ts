import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_READ } from '../../platform/http/principal.js';
import { defaultViolationCatalogue } from './decisions/default-violation-catalogue.js';
import { ACTION_RULES, SANCTION_ACTIONS } from './rules/sanction-actions.js';
import type { ViolationCatalogue } from './rules/violation-catalogue.js';

// The console builds its decision form from this answer rather than from a copy of the YAML, so a
// changed catalogue reaches reviewers on the next page load.
export const violationCatalogueRoutes: FastifyPluginAsyncZod<{ catalogue?: ViolationCatalogue }> = async (
  app,
  opts,
) => {
  const catalogue = opts.catalogue ?? defaultViolationCatalogue();
  const answer = {
    violations: Object.entries(catalogue.violations).map(([type, v]) => ({
      type,
      track: v.track,
      points: v.points,
      actions: v.actions,
      default: v.default,
      name: v.name,
    })),
    actions: SANCTION_ACTIONS.map((type) => ({ type, ...ACTION_RULES[type] })),
    fourEyes: catalogue.fourEyes,
    pointsExpiryDays: catalogue.pointsExpiryDays,
  };
  app.get(
    '/v1/governance/violations',
    {
      schema: {
        tags: ['governance'],
        summary: 'The violation catalogue: types, their track and points, the actions each allows',
      },
      config: { access: STAFF_READ },
    },
    async () => answer,
  );
};
