import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { appendCaseEvents, lockCase, updateCase } from '../cases/cases.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { isActiveCaseState } from '../rules/case-state-machine.js';
import { DEFAULT_LIVE_CONTROL_RULES, type LiveControlRules, QC_QUEUE, qcValidUntil } from './authorize-live.js';
import { countPendingOfCase, lockSubmission, type QcSubmissionRow, updateSubmission } from './live.repository.js';

export interface QcDecisionInput {
  decision: 'pass' | 'fail';
  reason: string;
}

export interface QcSubmissionView {
  id: string;
  hostId: string;
  listingId: string;
  productName: string | null;
  sessionId: string | null;
  inspectionReports: QcSubmissionRow['inspectionReports'];
  note: string | null;
  state: QcSubmissionRow['state'];
  caseId: string | null;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  validUntil: Date | null;
}

export function toQcSubmissionView(r: QcSubmissionRow): QcSubmissionView {
  return {
    id: r.id,
    hostId: r.hostId,
    listingId: r.listingId,
    productName: r.productName,
    sessionId: r.sessionId,
    inspectionReports: typeof r.inspectionReports === 'string' ? JSON.parse(r.inspectionReports) : r.inspectionReports,
    note: r.note,
    state: r.state,
    caseId: r.caseId,
    submittedAt: r.submittedAt,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    reason: r.reason,
    validUntil: r.validUntil,
  };
}

/**
 * A reviewer passes or fails a pending pre-review submission. A pass lets the host sell the
 * product live for the validity period. The qc case is marked decided once none of its
 * submissions waits. One transaction, with an audit entry.
 */
export async function decideQcSubmission(
  db: Db,
  clock: Clock,
  id: string,
  actor: string,
  input: QcDecisionInput,
  rules: LiveControlRules = DEFAULT_LIVE_CONTROL_RULES,
): Promise<QcSubmissionView> {
  return db.transaction().execute(async (trx) => {
    const s = await lockSubmission(trx, id);
    if (!s) throw new GovernanceError(GovernanceErrorCode.QcSubmissionNotFound, `no QC submission ${id}`);
    if (s.state !== 'pending') {
      throw new GovernanceError(
        GovernanceErrorCode.QcSubmissionNotPending,
        `QC submission ${id} is already ${s.state}`,
        {
          state: s.state,
        },
      );
    }
    const now = clock.now();
    const passed = input.decision === 'pass';
    const updated = await updateSubmission(trx, id, {
      state: passed ? 'passed' : 'failed',
      decidedBy: actor,
      decidedAt: now,
      reason: input.reason,
      validUntil: passed ? qcValidUntil(now, rules) : null,
    });
    if (s.caseId) await settleQcCase(trx, s.caseId, actor, now, updated);
    await appendAudit(trx, clock, {
      actor,
      action: passed ? 'qc.passed' : 'qc.failed',
      subject: id,
      before: { state: s.state },
      after: {
        state: updated.state,
        hostId: s.hostId,
        listingId: s.listingId,
        caseId: s.caseId,
        validUntil: updated.validUntil?.toISOString() ?? null,
      },
      reason: input.reason,
    });
    return toQcSubmissionView(updated);
  });
}

async function settleQcCase(trx: Db, caseId: string, actor: string, now: Date, s: QcSubmissionRow): Promise<void> {
  const c = await lockCase(trx, caseId);
  // A submission that joined another queue's case leaves that case to its own reviewers.
  if (!c || c.queue !== QC_QUEUE || !isActiveCaseState(c.state)) return;
  if ((await countPendingOfCase(trx, caseId)) > 0) return;
  await updateCase(trx, caseId, { state: 'decided', decidedAt: now, updatedAt: now });
  await appendCaseEvents(trx, [
    {
      caseId,
      type: 'state_changed',
      actor,
      at: now,
      fromState: c.state,
      toState: 'decided',
      data: { qcId: s.id, qc: s.state, reason: s.reason },
    },
  ]);
}
