import type { Db } from '../../platform/db/database.js';
import type { ScreenFinding } from './engine/screen-text.js';

/**
 * What screening tells the rest of Xinren about a verdict that needs more than an allow: written
 * in the intake transaction that stored the verdict, so a listener (governance opening a case)
 * commits or rolls back with it.
 */
export interface VerdictNotice {
  verdictId: string;
  contentKind: 'listing' | 'live_segment' | 'comment';
  /** The listing id, `sessionId:seq` for a live segment, the comment id. */
  contentId: string;
  /** Who answers for the content: the listing's merchant, the stream's host, the comment's author. */
  subjectKind: 'merchant' | 'host' | 'user';
  subjectId: string;
  /** The live session of a segment. */
  sessionId?: string;
  outcome: 'review' | 'block' | 'stop_stream';
  score: number;
  findings: ScreenFinding[];
  /** The policy that decided (`name v3`, or the built-in default). */
  policy: string;
  /** The text that was screened: the content snapshot a reviewer sees; findings' offsets are into it. */
  text: string;
  /** A live segment's stream talk before it, oldest first (about two minutes at most). */
  transcriptBefore?: string[];
  at: Date;
}

/** Called with the notices of one batch of events, inside its transaction. */
export type VerdictListener = (trx: Db, notices: VerdictNotice[]) => Promise<void>;
