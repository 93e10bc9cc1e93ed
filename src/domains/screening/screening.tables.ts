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

export interface ScreeningTables {
  scrVerdicts: ScrVerdictsTable;
}
