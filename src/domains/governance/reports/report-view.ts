import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import type { CasePriority } from '../rules/case-priority.js';
import type { ReportRow } from './reports.repository.js';
import type { ReportOutcome, ReportSource } from './reports.tables.js';

/** A report as staff see it (nobody else does: it names the reporter). */
export interface ReportView {
  id: string;
  source: ReportSource;
  filedBy: string;
  reporterId: string | null;
  contact: string | null;
  target: { kind: CaseTargetKind; id: string };
  subject: { kind: CaseSubjectKind; id: string } | null;
  category: string;
  explanation: string;
  location: string | null;
  goodFaith: boolean;
  /** The reporter was an active trusted flagger when the report came in. */
  trustedFlagger: boolean;
  priority: CasePriority;
  language: string;
  mergedInto: string | null;
  duplicateCount: number;
  duplicateIds: string[];
  caseId: string | null;
  outcome: ReportOutcome | null;
  decidedAt: Date | null;
  receivedAt: Date;
}

export function toReportView(r: ReportRow): ReportView {
  return {
    id: r.id,
    source: r.source,
    filedBy: r.filedBy,
    reporterId: r.reporterId,
    contact: r.reporterContact,
    target: { kind: r.targetKind, id: r.targetId },
    subject:
      r.subjectKind !== null && r.subjectId !== null
        ? { kind: r.subjectKind as CaseSubjectKind, id: r.subjectId }
        : null,
    category: r.category,
    explanation: r.explanation,
    location: r.location,
    goodFaith: r.goodFaith,
    trustedFlagger: r.trustedFlagger !== null,
    priority: r.priority,
    language: r.language,
    mergedInto: r.mergedInto,
    duplicateCount: Number(r.duplicateCount),
    duplicateIds: Array.isArray(r.duplicateIds) ? r.duplicateIds : JSON.parse(String(r.duplicateIds)),
    caseId: r.caseId,
    outcome: r.outcome,
    decidedAt: r.decidedAt,
    receivedAt: r.receivedAt,
  };
}
