import type { CaseSubjectKind } from '../governance.tables.js';
import type { Track } from '../rules/violation-catalogue.js';

/** One decision's points on a merchant's or host's ledger. */
export interface GovPointEntriesTable {
  /** pts_… */
  id: string;
  decisionId: string;
  subjectKind: CaseSubjectKind;
  subjectId: string;
  violationType: string;
  track: Track;
  points: number;
  decidedAt: Date;
  expiresAt: Date;
  reversed: boolean;
  reversedAt: Date | null;
}

/** A ladder threshold crossed by a subject's total: its sanctions were imposed with decisionId. */
export interface GovPointFiringsTable {
  /** pfr_… */
  id: string;
  subjectKind: CaseSubjectKind;
  subjectId: string;
  track: Track;
  /** The threshold (points). */
  points: number;
  decisionId: string;
  firedAt: Date;
  reversed: boolean;
  reversedAt: Date | null;
}

export interface PointTables {
  govPointEntries: GovPointEntriesTable;
  govPointFirings: GovPointFiringsTable;
}
