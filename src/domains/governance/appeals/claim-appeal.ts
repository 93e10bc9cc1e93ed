import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type CaseDetail, toCaseDetail } from '../cases/case-record.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { appendCaseEvents, listCaseEvents, queueExists, updateCase } from '../cases/cases.repository.js';
import { inTransaction } from '../decisions/decide-case.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { type AppealView, toAppealView } from './appeal-record.js';
import { findOpenAppealOfCase, lockNextAppealCase } from './appeals.repository.js';
import { APPEALS_QUEUE } from './file-appeal.js';

export interface ClaimedAppeal {
  case: CaseDetail | null;
  appeal: AppealView | null;
}

/**
 * Gives the calling reviewer the most urgent unclaimed appeal and marks its case theirs. An
 * appealed case keeps its state while held: claiming is about who reviews, the appeal's outcome
 * moves the case. A reviewer is never given an appeal against a decision they took or confirmed.
 */
export async function claimNextAppeal(
  db: Db,
  clock: Clock,
  who: Extract<CaseViewer, { kind: 'staff' }>,
): Promise<ClaimedAppeal> {
  return inTransaction(db, async (trx) => {
    if (!(await queueExists(trx, APPEALS_QUEUE))) {
      throw new GovernanceError(GovernanceErrorCode.QueueNotFound, `no queue named ${APPEALS_QUEUE}`);
    }
    const row = await lockNextAppealCase(trx, APPEALS_QUEUE, who.actor);
    if (!row) return { case: null, appeal: null };
    const now = clock.now();
    const claimed = await updateCase(trx, row.id, { assignee: who.actor, assignedAt: now, updatedAt: now });
    await appendCaseEvents(trx, [
      { caseId: row.id, type: 'assigned', actor: who.actor, at: now, fromState: row.state, toState: row.state },
    ]);
    const appeal = await findOpenAppealOfCase(trx, row.id);
    return {
      case: toCaseDetail(claimed, await listCaseEvents(trx, row.id), now),
      appeal: appeal ? toAppealView(appeal) : null,
    };
  });
}
