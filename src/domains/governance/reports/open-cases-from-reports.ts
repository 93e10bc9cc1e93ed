import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type CaseDraft, type OpenCasesOptions, openOrJoinCases } from '../cases/open-cases-from-verdicts.js';
import type { CaseSubjectKind } from '../governance.tables.js';
import { higherPriority } from '../rules/case-priority.js';
import {
  DEFAULT_REPORT_RULES,
  defaultSubjectOf,
  type ReportRules,
  reportSeverity,
  UNKNOWN_SUBJECT,
} from './report-rules.js';
import { assignCase, knownSubjectOfTarget, lockReportsAwaitingCase, type ReportRow } from './reports.repository.js';

export const REPORTS_ACTOR = 'system:reports';

export interface ReportCases {
  opened: string[];
  joined: string[];
  /** report id → case id, for the reports that got one now. */
  caseOf: Map<string, string>;
}

/**
 * Gives these first reports their case, in the caller's transaction: the reports on one target
 * make one case (source `report`), or join the target's active case (opened by screening, say),
 * whose evidence then lists them. A report that has a case already is left alone, so the job
 * that calls this may run twice.
 */
export async function openCasesFromReports(
  trx: Db,
  clock: Clock,
  reportIds: readonly string[],
  options: OpenCasesOptions & { rules?: ReportRules } = {},
): Promise<ReportCases> {
  const rules = options.rules ?? DEFAULT_REPORT_RULES;
  const result: ReportCases = { opened: [], joined: [], caseOf: new Map() };
  const reports = await lockReportsAwaitingCase(trx, reportIds);
  if (reports.length === 0) return result;
  const byTarget = new Map<string, ReportRow[]>();
  for (const r of reports) {
    const key = `${r.targetKind}\u0000${r.targetId}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), r]);
  }
  const drafts: CaseDraft[] = [];
  for (const group of byTarget.values()) drafts.push(await draftOf(trx, group, rules));
  const outcomes = await openOrJoinCases(trx, clock, drafts, { ...options, actor: REPORTS_ACTOR });
  for (const { draft, caseId, opened } of outcomes) {
    (opened ? result.opened : result.joined).push(caseId);
    await assignCase(trx, draft.reportIds, caseId);
    for (const id of draft.reportIds) result.caseOf.set(id, caseId);
  }
  return result;
}

async function draftOf(trx: Db, group: readonly ReportRow[], rules: ReportRules): Promise<CaseDraft> {
  const first = group[0]!;
  let category = first.category;
  let severity = reportSeverity(first.category, rules);
  let priority = first.priority;
  for (const r of group) {
    const s = reportSeverity(r.category, rules);
    if (s > severity) {
      severity = s;
      category = r.category;
    }
    priority = higherPriority(priority, r.priority);
  }
  return {
    ...(await subjectOf(trx, group)),
    targetKind: first.targetKind,
    targetId: first.targetId,
    source: 'report',
    category,
    severity,
    priority,
    // The reviewer reads the reporters' explanations: route by their language.
    language: first.language,
    items: [],
    reportIds: group.map((r) => r.id),
  };
}

/** Who answers for the target: as a filer named it, as an earlier case had it, or the account itself. */
async function subjectOf(
  trx: Db,
  group: readonly ReportRow[],
): Promise<{ subjectKind: CaseSubjectKind; subjectId: string }> {
  const named = group.find((r) => r.subjectKind !== null && r.subjectId !== null);
  if (named) return { subjectKind: named.subjectKind as CaseSubjectKind, subjectId: named.subjectId! };
  const first = group[0]!;
  const fallback = defaultSubjectOf(first.targetKind, first.targetId);
  if (fallback.id === UNKNOWN_SUBJECT) {
    const known = await knownSubjectOfTarget(trx, first.targetKind, first.targetId);
    if (known) return known;
  }
  return { subjectKind: fallback.kind, subjectId: fallback.id };
}
