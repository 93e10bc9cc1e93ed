import type { ColumnType } from 'kysely';

export interface ScrVerdictsTable {
  /** vrd_… */
  id: string;
  /** listing | live_segment | … */
  contentKind: string;
  /** The listing id, or `sessionId:seq` for a live segment. */
  contentId: string;
  /** The merchant (listing) or host (live segment) answerable for the content. */
  subjectId: string;
  /** source and id of the event that carried the content. */
  eventSource: string;
  eventId: string;
  outcome: 'allow' | 'review' | 'block' | 'stop_stream';
  score: number;
  findings: ColumnType<unknown, string, never>;
  policy: string;
  createdAt: ColumnType<Date, Date, never>;
}

export interface ScrLexiconsTable {
  name: string;
  kind: 'terms' | 'allow';
  /** The current version (1, 2, …): the newest row of scr_lexicon_versions. */
  version: number;
  entryCount: number;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
  updatedBy: string;
}

export interface ScrLexiconVersionsTable {
  name: string;
  version: number;
  /** The full entry list of this version (LexiconEntry[] or AllowEntry[]). */
  entries: ColumnType<unknown, string, never>;
  entryCount: number;
  /** Counted against the version before it. */
  added: number;
  removed: number;
  changed: number;
  note: string | null;
  createdAt: ColumnType<Date, Date, never>;
  createdBy: string;
}

export interface ScrPoliciesTable {
  /** 1, 2, …; a version's source never changes once stored. */
  version: number;
  name: string;
  status: 'draft' | 'shadow' | 'active' | 'retired';
  /** The YAML document as it was submitted. */
  source: string;
  note: string | null;
  createdAt: ColumnType<Date, Date, never>;
  createdBy: string;
  statusChangedAt: Date;
  statusChangedBy: string;
}

export interface ScrShadowDisagreementsTable {
  /** sdg_… */
  id: string;
  shadowVersion: number;
  activeVersion: number;
  contentKind: string;
  contentId: string;
  subjectId: string;
  eventSource: string;
  eventId: string;
  activeOutcome: string;
  shadowOutcome: string;
  findings: ColumnType<unknown, string, never>;
  createdAt: ColumnType<Date, Date, never>;
}

export interface ScrLiveSessionsTable {
  sessionId: string;
  /** The end of the last segment, screened again with the next one. */
  tail: string;
  /** The window of the latest segments' text (a JSON array of strings), oldest first. */
  recent: ColumnType<unknown, string, string>;
  score: number;
  shadowScore: number;
  lastSeq: number;
  updatedAt: Date;
  stopped: boolean;
  /** Counts the writes; a write expects the version it read (see live-session-store.ts). */
  version: ColumnType<number, number | undefined, number>;
}

/** One order of a listing, at its unit price (minor units), from order.placed. */
export interface ScrListingSalesTable {
  orderId: string;
  listingId: string;
  unitAmount: ColumnType<number, number, never>;
  currency: string;
  soldAt: Date;
}

/** The listing's current was-price and when it first showed it: the start of its promotion. */
export interface ScrListingPromotionsTable {
  listingId: string;
  wasAmount: number;
  currency: string;
  startedAt: Date;
}

export interface ScreeningTables {
  scrVerdicts: ScrVerdictsTable;
  scrPolicies: ScrPoliciesTable;
  scrShadowDisagreements: ScrShadowDisagreementsTable;
  scrLiveSessions: ScrLiveSessionsTable;
  scrLexicons: ScrLexiconsTable;
  scrLexiconVersions: ScrLexiconVersionsTable;
  scrListingSales: ScrListingSalesTable;
  scrListingPromotions: ScrListingPromotionsTable;
}
