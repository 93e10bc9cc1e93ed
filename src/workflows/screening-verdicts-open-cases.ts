import { openCasesFromVerdicts } from '../domains/governance/index.js';
import type { VerdictListener, VerdictNotice } from '../domains/screening/index.js';
import type { Clock } from '../platform/clock.js';
import type { JobHandler } from '../platform/jobs/job-runner.js';
import { enqueueJob } from '../platform/jobs/jobs.service.js';
import type { Platform } from '../platform/platform.js';

// Screening's verdicts that need a person become governance cases. The listener only adds a
// durable job in the intake transaction that stores the verdicts (one row a batch): a verdict is
// never kept without its case to come, nor a case opened for a verdict that rolled back, and the
// intake path, where a stream's stop is decided, does not wait for case bookkeeping (locks on
// a target's case, the audit log's chain). A worker opens the cases within moments; a job run
// again after a crash adds nothing twice (governance keeps the verdicts it took in).

export const CASES_FROM_VERDICTS_JOB = 'workflow.cases_from_verdicts';

type StoredNotice = Omit<VerdictNotice, 'at'> & { at: string };

export function screeningVerdictsListener(clock: Clock): VerdictListener {
  return async (trx, notices) => {
    await enqueueJob(trx, clock, { kind: CASES_FROM_VERDICTS_JOB, payload: { notices }, maxAttempts: 10 });
  };
}

export function casesFromVerdictsJob(clock: Clock): JobHandler {
  return async (payload: { notices: StoredNotice[] }, ctx) => {
    const notices: VerdictNotice[] = payload.notices.map((n) => ({ ...n, at: new Date(n.at) }));
    await ctx.db.transaction().execute((trx) => openCasesFromVerdicts(trx, clock, notices));
  };
}

/** Registers the job that opens the cases, and returns the listener screening tells its verdicts. */
export function screeningVerdictsOpenCases(platform: Platform): VerdictListener {
  platform.jobs.register(CASES_FROM_VERDICTS_JOB, casesFromVerdictsJob(platform.clock));
  return screeningVerdictsListener(platform.clock);
}
