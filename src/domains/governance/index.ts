import type { Platform } from '../../platform/platform.js';
import { CASE_SLA_JOB, caseSlaJob } from './cases/case-sla-timer.js';
import { acknowledgeReports } from './report-acknowledgement.js';

/**
 * Governance: reports, cases and review queues (decisions, sanctions and appeals come later).
 * Registers the report acknowledgement and the SLA timer that escalates overdue cases.
 */
export function registerGovernance(platform: Platform): void {
  platform.eventHandlers.on('report.filed', acknowledgeReports(platform.clock));
  platform.jobs.register(CASE_SLA_JOB, caseSlaJob(platform.clock));
}

/** The case evidence a reviewer sees: content snapshots with finding spans, verdict and report ids. */
export type { CaseEvidence, EvidenceFinding, EvidenceItem } from './cases/case-evidence.js';
/** Cases as the API shows them. */
export type { CaseDetail, CaseEventView, CaseSummary } from './cases/case-record.js';
/**
 * Escalates a case whose SLA due time has passed without a decision (what the SLA timer runs).
 * @example await db.transaction().execute((trx) => escalateIfOverdue(trx, clock, caseId))
 */
export { CASE_SLA_JOB, escalateIfOverdue } from './cases/case-sla-timer.js';
/**
 * Opens (or adds evidence to) review cases for screening verdicts, in the caller's transaction.
 * @example await openCasesFromVerdicts(trx, clock, notices) // → { opened: ['cas_…'], joined: [] }
 */
export { type OpenCasesOptions, type OpenedCases, openCasesFromVerdicts } from './cases/open-cases-from-verdicts.js';
export { GovernanceError, GovernanceErrorCode } from './governance.errors.js';
/** GET /v1/cases, GET /v1/cases/:id, GET /v1/queues, POST /v1/queues/:queue/next, release and notes. */
export { governanceRoutes } from './governance.routes.js';
export type { CaseSubjectKind, CaseTargetKind, GovernanceTables } from './governance.tables.js';
export { CASE_PRIORITIES, CASE_SOURCES, type CasePriority, type CaseSource } from './rules/case-priority.js';
export { DEFAULT_QUEUES, DEFAULT_ROUTING_RULES, ESCALATION_QUEUE, type RoutingRule } from './rules/case-routing.js';
export { DEFAULT_SLA, type SlaState } from './rules/case-sla.js';
export { CASE_STATES, type CaseState, transitionCase } from './rules/case-state-machine.js';
