import type { Platform } from '../../platform/platform.js';
import { CASE_SLA_JOB, caseSlaJob } from './cases/case-sla-timer.js';
import { SANCTION_EXPIRY_JOB, sanctionExpiryJob } from './decisions/sanction-expiry-timer.js';
import { registerFigures } from './figures/register-figures.js';
import { acknowledgeReports } from './report-acknowledgement.js';
import { registerReports } from './reports/register-reports.js';

/**
 * Governance: reports, cases and review queues (decisions, sanctions and appeals come later).
 * Registers the report acknowledgement and the SLA timer that escalates overdue cases.
 */
export function registerGovernance(platform: Platform): void {
  platform.eventHandlers.on('report.filed', acknowledgeReports(platform.clock));
  registerReports(platform);
  registerFigures(platform);
  platform.jobs.register(CASE_SLA_JOB, caseSlaJob(platform.clock));
  platform.jobs.register(SANCTION_EXPIRY_JOB, sanctionExpiryJob(platform.clock));
}

/** Appeals as the API shows them. */
export type { AppealView } from './appeals/appeal-record.js';
/**
 * Decides an appeal (upheld, reversed, or modified with a new decision) by someone other than the
 * appealed decision's reviewers.
 * @example await decideAppeal(db, clock, appealId, { actor: 'user:usr_…', role: 'reviewer' }, { outcome: 'reversed', reasoning: '…' })
 */
export { type AppealDecisionInput, decideAppeal } from './appeals/decide-appeal.js';
/**
 * Files the affected party's appeal against a decision in effect, within the appeal window.
 * @example await fileAppeal(db, clock, decisionId, { kind: 'party', actor, subjectId: 'mch-1', subjectKinds: ['merchant'] }, { text: '…', attachments: [] })
 */
export { APPEALS_QUEUE, type AppealInput, DEFAULT_APPEAL_RULES, fileAppeal } from './appeals/file-appeal.js';
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
/** Confirms or rejects a decision waiting for a second reviewer. */
export { confirmDecision, rejectDecision } from './decisions/confirm-decision.js';
/**
 * Decides a case in review (sanctions, points, enforcement.action messages, statement of reasons),
 * or proposes the decision for a second reviewer when it needs four eyes.
 * @example await decideCase(db, clock, caseId, { actor: 'user:usr_…', role: 'reviewer' }, { violationType: 'diversion', facts: '…', language: 'zh-CN' })
 */
export { type DecideInput, type Decider, decideCase, NO_VIOLATION } from './decisions/decide-case.js';
/** Decisions and sanctions as the API shows them. */
export type { DecisionView, SanctionView } from './decisions/decision-record.js';
/** The violation catalogue shipped in data/governance/violations.yaml. */
export { defaultViolationCatalogue } from './decisions/default-violation-catalogue.js';
/**
 * Reverses a decision in effect: points back, its sanctions and what they triggered lifted (appeals call this).
 * @example await reverseDecision(trx, clock, decisionId, 'user:usr_…', 'appeal upheld')
 */
export { reverseDecision } from './decisions/reverse-decision.js';
/** The timer that ends timed sanctions; idempotent. */
export { expireSanctionIfDue, SANCTION_EXPIRY_JOB } from './decisions/sanction-expiry-timer.js';
/**
 * Parses an export range [from, to) of ISO 8601 instants; throws governance.dsa_range_invalid.
 * @example parseDsaRange('2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z')
 */
export { parseDsaRange } from './dsa/dsa-range.js';
/** A DSA statement of reasons in the EU Transparency Database API format. */
export type { DsaStatement } from './dsa/dsa-statement.js';
/** Checks a statement against the Transparency Database's rules; an empty list when it holds. */
export { type DsaProblem, validateStatement } from './dsa/validate-dsa-statement.js';
/**
 * Writes the DSA statements of the decisions that took effect in a range as one JSON array, a window at a time.
 * @example await writeDsaExport(db, defaultViolationCatalogue(), range, (chunk) => out.write(chunk))
 */
export { type DsaExportProgress, writeDsaExport } from './dsa/write-dsa-export.js';
export { GovernanceError, GovernanceErrorCode } from './governance.errors.js';
/** GET /v1/cases, GET /v1/cases/:id, GET /v1/queues, POST /v1/queues/:queue/next, release and notes. */
export { governanceRoutes } from './governance.routes.js';
export type { CaseSubjectKind, CaseTargetKind, GovernanceTables } from './governance.tables.js';
/**
 * Marks an account banned (terminated) or lifts the ban, with an audit entry; the onboarding check
 * denies or reviews new accounts that share its identifiers.
 * @example await markBanned(trx, clock, 'merchant', 'mch-9', 'terminated: counterfeit')
 */
export { checkOnboarding, clearBan, markBanned, markSuspended } from './identity/identities.js';
export { DEFAULT_ONBOARDING_RULES, type OnboardingRule } from './identity/onboarding-rules.js';
/** Files reports (notices) and gives them their cases; duplicates are merged, trusted flaggers go first. */
export { fileReports, type ReportInput } from './reports/file-reports.js';
export { openCasesFromReports } from './reports/open-cases-from-reports.js';
/**
 * Records how the case of a set of reports ended, in the decision's transaction: each report gets
 * the outcome and a `report.decided` webhook; trusted flaggers' accuracy follows.
 * @example await recordReportOutcome(trx, clock, caseId, true)
 */
export { type RecordedOutcome, recordReportOutcome } from './reports/report-outcome.js';
export { DEFAULT_REPORT_RULES, type ReportRules } from './reports/report-rules.js';
export { CASE_PRIORITIES, CASE_SOURCES, type CasePriority, type CaseSource } from './rules/case-priority.js';
export { DEFAULT_QUEUES, DEFAULT_ROUTING_RULES, ESCALATION_QUEUE, type RoutingRule } from './rules/case-routing.js';
export { DEFAULT_SLA, type SlaState } from './rules/case-sla.js';
export { CASE_STATES, type CaseState, transitionCase } from './rules/case-state-machine.js';
export { ACTION_RULES, type ActionRequest, SANCTION_ACTIONS, type SanctionAction } from './rules/sanction-actions.js';
export { readCatalogue, type Track, type ViolationCatalogue } from './rules/violation-catalogue.js';
