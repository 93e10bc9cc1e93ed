import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuthError, AuthErrorCode } from '../../../platform/auth/auth.errors.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { actorOf, boundSubjectOf, type Principal, principalOf } from '../../../platform/http/principal.js';
import { submitReport } from './report-intake.js';
import { getReport, listReports } from './report-queries.js';
import {
  ReportBody,
  ReportListQuery,
  ReportParams,
  RevokeBody,
  TrustedFlaggerBody,
  TrustedFlaggerListQuery,
  TrustedFlaggerParams,
} from './reports.schemas.js';
import { grantTrustedFlagger, listTrustedFlaggers, revokeTrustedFlagger } from './trusted-flaggers.js';

const tags = ['governance'];
const STAFF = ['admin', 'lead', 'reviewer', 'analyst'] as const;
// The platform files its users' reports with an intake key; staff may file one by hand.
const FILE = { roles: STAFF, scopes: ['events:write'] } as const;
const STAFF_READ = { roles: STAFF, scopes: ['read'] } as const;
const LEAD = { roles: ['lead'] } as const;

// Reports name their reporters: nobody acting for one merchant or host reads or files them here.
function platformSide(p: Principal): Principal {
  if (boundSubjectOf(p) !== null)
    throw new AuthError(AuthErrorCode.Forbidden, 'reports are for staff and the platform');
  return p;
}

/** Reports (notices) and trusted flaggers. */
export const reportRoutes: FastifyPluginAsyncZod<{ db: Db; clock: Clock }> = async (app, { db, clock }) => {
  app.post(
    '/v1/reports',
    {
      schema: {
        tags,
        summary: 'File a report (a DSA Art. 16 notice)',
        description:
          'Answers 201 with the report and its case; a duplicate (same reporter, target and category within 24 hours) is merged into the first report; a retried reportId answers 200 with the stored report.',
        body: ReportBody,
      },
      config: { access: FILE },
    },
    async (req, reply) => {
      const p = platformSide(principalOf(req));
      const b = req.body;
      const filed = await submitReport(db, clock, {
        ...(b.reportId === undefined ? {} : { id: b.reportId }),
        source: 'api',
        filedBy: actorOf(p),
        ...(b.reporterId === undefined ? {} : { reporterId: b.reporterId }),
        ...(b.contact === undefined ? {} : { contact: b.contact }),
        targetKind: b.targetType,
        targetId: b.targetId,
        ...(b.subject === undefined ? {} : { subject: b.subject }),
        category: b.category,
        explanation: b.explanation,
        ...(b.location === undefined ? {} : { location: b.location }),
        goodFaith: b.goodFaith,
      });
      const body = await getReport(db, filed.report.id);
      return reply.status(filed.status === 'existing' ? 200 : 201).send({
        report: body,
        status: filed.status,
        caseId: body.caseId,
      });
    },
  );

  app.get(
    '/v1/reports',
    {
      schema: {
        tags,
        summary: 'Reports, newest first, with filters and a cursor (staff)',
        querystring: ReportListQuery,
      },
      config: { access: STAFF_READ },
    },
    async (req) => {
      platformSide(principalOf(req));
      const { target, reporter, ...rest } = req.query;
      return listReports(db, {
        ...rest,
        ...(target === undefined ? {} : { targetId: target }),
        ...(reporter === undefined ? {} : { reporterId: reporter }),
      });
    },
  );

  app.get(
    '/v1/reports/:id',
    {
      schema: { tags, summary: 'One report (staff)', params: ReportParams },
      config: { access: STAFF_READ },
    },
    async (req) => {
      platformSide(principalOf(req));
      return getReport(db, req.params.id);
    },
  );

  app.get(
    '/v1/trusted-flaggers',
    {
      schema: {
        tags,
        summary: 'Trusted flaggers with their report counts and accuracy',
        querystring: TrustedFlaggerListQuery,
      },
      config: { access: STAFF_READ },
    },
    async (req) => {
      platformSide(principalOf(req));
      return { items: await listTrustedFlaggers(db, req.query) };
    },
  );

  app.post(
    '/v1/trusted-flaggers',
    {
      schema: { tags, summary: 'Grant trusted-flagger status to a reporter (leads)', body: TrustedFlaggerBody },
      config: { access: LEAD },
    },
    async (req, reply) => {
      const actor = actorOf(principalOf(req));
      const view = await db.transaction().execute((trx) => grantTrustedFlagger(trx, clock, { ...req.body, actor }));
      return reply.status(201).send(view);
    },
  );

  app.delete(
    '/v1/trusted-flaggers/:reporterId',
    {
      schema: {
        tags,
        summary: 'Revoke trusted-flagger status (leads)',
        params: TrustedFlaggerParams,
        body: RevokeBody,
      },
      config: { access: LEAD },
    },
    async (req) => {
      const actor = actorOf(principalOf(req));
      const reason = req.body?.reason;
      return db.transaction().execute((trx) =>
        revokeTrustedFlagger(trx, clock, {
          reporterId: req.params.reporterId,
          actor,
          ...(reason === undefined ? {} : { reason }),
        }),
      );
    },
  );
};
