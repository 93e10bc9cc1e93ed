import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { EventHandler } from '../../../platform/events/event-handlers.js';
import type { JobHandler } from '../../../platform/jobs/job-runner.js';
import { enqueueJob } from '../../../platform/jobs/jobs.service.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { type FiledReport, fileReports, type ReportInput } from './file-reports.js';
import { openCasesFromReports } from './open-cases-from-reports.js';

export const CASES_FROM_REPORTS_JOB = 'governance.cases_from_reports';

// Reports from events are stored in the intake transaction (so a stored event always has its
// report, merged or not); their cases are opened by a durable job, as for screening verdicts,
// so that intake never waits on the locks of a target's case or of the audit log.

/** Stores the reports of `report.filed` events and queues the opening of their cases. */
export function reportsFromEvents(clock: Clock): EventHandler<'report.filed'> {
  return async (trx, events) => {
    const filed = await fileReports(
      trx,
      clock,
      events.map((e) => ({
        id: e.data.reportId,
        source: 'event',
        filedBy: 'events',
        ...(e.data.reporterId === undefined ? {} : { reporterId: e.data.reporterId }),
        ...(e.data.contact === undefined ? {} : { contact: e.data.contact }),
        targetKind: e.data.targetType,
        targetId: e.data.targetId,
        category: e.data.category,
        explanation: e.data.explanation,
        ...(e.data.location === undefined ? {} : { location: e.data.location }),
        goodFaith: e.data.goodFaith,
      })),
    );
    const firsts = filed.filter((f) => f.status === 'new').map((f) => f.report.id);
    if (firsts.length > 0) {
      await enqueueJob(trx, clock, { kind: CASES_FROM_REPORTS_JOB, payload: { reportIds: firsts }, maxAttempts: 10 });
    }
  };
}

export function casesFromReportsJob(clock: Clock): JobHandler {
  return async (payload: { reportIds: string[] }, ctx) => {
    await ctx.db.transaction().execute((trx) => openCasesFromReports(trx, clock, payload.reportIds));
  };
}

export interface SubmittedReport extends FiledReport {
  caseId: string | null;
}

/**
 * A report through the API: stored, acknowledged (`report.acknowledged`) and given its case in
 * one transaction, so the answer names the case.
 */
export async function submitReport(db: Db, clock: Clock, input: ReportInput): Promise<SubmittedReport> {
  return db.transaction().execute(async (trx) => {
    const [filed] = await fileReports(trx, clock, [input]);
    if (!filed) throw new Error('a filed report went missing');
    if (filed.status === 'existing') return { ...filed, caseId: filed.report.caseId };
    await publishWebhook(trx, clock, 'report.acknowledged', {
      reportId: filed.report.id,
      targetType: filed.report.targetKind,
      targetId: filed.report.targetId,
      category: filed.report.category,
      receivedAt: filed.report.receivedAt.toISOString(),
    });
    if (filed.status === 'merged') return { ...filed, caseId: filed.report.caseId };
    const cases = await openCasesFromReports(trx, clock, [filed.report.id]);
    const caseId = cases.caseOf.get(filed.report.id) ?? null;
    return { ...filed, report: { ...filed.report, caseId }, caseId };
  });
}
