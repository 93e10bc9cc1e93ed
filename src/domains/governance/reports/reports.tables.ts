import type { ColumnType, Generated } from 'kysely';
import type { CaseTargetKind } from '../governance.tables.js';
import type { CasePriority } from '../rules/case-priority.js';

export type ReportSource = 'event' | 'api';
export type ReportOutcome = 'violation' | 'no_violation';

/** A notice (DSA Art. 16) about a listing, stream, account or comment. */
export interface GovReportsTable {
  /** The platform's report id (report.filed) or one Xinren gave (`rpt_…`). */
  id: string;
  source: ReportSource;
  /** Who filed it through Xinren: `events`, `api_key:key_…`, `user:usr_…`. */
  filedBy: string;
  reporterId: string | null;
  /** Personal data of the reporter: shown to staff only, never in a webhook or an export. */
  reporterContact: string | null;
  targetKind: CaseTargetKind;
  targetId: string;
  /** Who answers for the target, when the filer named it. */
  subjectKind: string | null;
  subjectId: string | null;
  category: string;
  explanation: string;
  location: string | null;
  goodFaith: boolean;
  /** The reporter's id when they were an active trusted flagger at filing; null otherwise. */
  trustedFlagger: string | null;
  priority: CasePriority;
  language: string;
  /** reporter + target + category; null when the report names no reporter (nothing to merge on). */
  dedupeKey: string | null;
  /** The first report this one was merged into as a duplicate; null for a report of its own. */
  mergedInto: string | null;
  duplicateCount: Generated<number>;
  /** The ids of the later duplicates merged into this one (the first MAX_DUPLICATE_IDS). */
  duplicateIds: ColumnType<string[], string, string>;
  caseId: string | null;
  outcome: ReportOutcome | null;
  decidedAt: Date | null;
  receivedAt: Date;
}

/** Reporters whose notices go first (DSA Art. 22), granted and revoked by leads. */
export interface GovTrustedFlaggersTable {
  /** The reporter id their reports carry. */
  reporterId: string;
  name: string;
  note: string | null;
  active: boolean;
  grantedBy: string;
  grantedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  updatedAt: Date;
}

export interface ReportsTables {
  govReports: GovReportsTable;
  govTrustedFlaggers: GovTrustedFlaggersTable;
}
