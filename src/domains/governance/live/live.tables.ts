import type { ColumnType } from 'kysely';

export const QC_STATES = ['pending', 'passed', 'failed'] as const;
export type QcState = (typeof QC_STATES)[number];

export interface InspectionReport {
  name: string;
  url?: string;
  hash?: string;
}

/** A product's quality pre-review (品控事前审核) for one host; a pass holds until validUntil. */
export interface GovQcSubmissionsTable {
  /** qcs_… */
  id: string;
  hostId: string;
  listingId: string;
  productName: string | null;
  sessionId: string | null;
  inspectionReports: ColumnType<InspectionReport[], string, string>;
  note: string | null;
  state: QcState;
  /** The review case in the qc queue. */
  caseId: string | null;
  submittedBy: string;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  /** When a pass stops counting; null while pending or after a fail. */
  validUntil: Date | null;
}

/** The decision an emergency case proposes to its reviewer (SanctionProposal as JSON). */
export interface GovSanctionProposalsTable {
  caseId: string;
  proposal: ColumnType<unknown, string, never>;
  proposedAt: Date;
}

export interface LiveTables {
  govQcSubmissions: GovQcSubmissionsTable;
  govSanctionProposals: GovSanctionProposalsTable;
}
