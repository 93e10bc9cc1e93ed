import type { Db } from '../../platform/db/database.js';
import type { ScreenFinding } from './engine/screen-text.js';
import type { ScrVerdictsTable } from './screening.tables.js';

export interface NewVerdict {
  id: string;
  contentKind: string;
  contentId: string;
  subjectId: string;
  eventSource: string;
  eventId: string;
  outcome: ScrVerdictsTable['outcome'];
  score: number;
  findings: readonly ScreenFinding[];
  policy: string;
  createdAt: Date;
}

/** Stores verdicts in one statement (a batch of events makes one round trip). */
export async function insertVerdicts(db: Db, verdicts: readonly NewVerdict[]): Promise<void> {
  if (verdicts.length === 0) return;
  await db
    .insertInto('scrVerdicts')
    .values(verdicts.map((v) => ({ ...v, findings: JSON.stringify(v.findings) })))
    .execute();
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether a stop was already decided for this live session (by this or an earlier process). */
export async function streamStopRecorded(db: Db, sessionId: string, hostId: string): Promise<boolean> {
  const row = await db
    .selectFrom('scrVerdicts')
    .select('id')
    .where('contentKind', '=', 'live_segment')
    .where('outcome', '=', 'stop_stream')
    .where('subjectId', '=', hostId)
    .where('contentId', 'like', `${likeEscape(sessionId)}:%`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
