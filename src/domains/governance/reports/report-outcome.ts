import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { lockReportsOfCase, setOutcome } from './reports.repository.js';
import type { ReportOutcome } from './reports.tables.js';

export interface RecordedOutcome {
  /** The reports whose outcome was set or changed now (first reports and merged duplicates). */
  reportIds: string[];
  outcome: ReportOutcome;
}

/**
 * Records how the case of these reports ended, in the decision's transaction: every report of the
 * case (merged duplicates too) gets the outcome and a `report.decided` webhook for the platform to
 * tell its reporter (DSA Art. 16(5)); trusted flaggers' accuracy counts follow from it. Calling it
 * again with the same answer does nothing; a different answer (a decision reversed on appeal)
 * changes the outcome and tells the reporters again.
 * @example await recordReportOutcome(trx, clock, caseId, true)
 */
export async function recordReportOutcome(
  trx: Db,
  clock: Clock,
  caseId: string,
  violated: boolean,
): Promise<RecordedOutcome> {
  const outcome: ReportOutcome = violated ? 'violation' : 'no_violation';
  const now = clock.now();
  const changed = (await lockReportsOfCase(trx, caseId)).filter((r) => r.outcome !== outcome);
  await setOutcome(
    trx,
    changed.map((r) => r.id),
    outcome,
    now,
  );
  for (const r of changed) {
    await publishWebhook(trx, clock, 'report.decided', {
      reportId: r.id,
      targetType: r.targetKind,
      targetId: r.targetId,
      category: r.category,
      caseId,
      outcome,
      decidedAt: now.toISOString(),
    });
  }
  return { reportIds: changed.map((r) => r.id), outcome };
}
