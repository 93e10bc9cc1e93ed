import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { appendCaseEvents, lockCase, updateCase } from '../cases/cases.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { transitionCase } from '../rules/case-state-machine.js';
import { type Decider, type DecisionOptions, inTransaction } from './decide-case.js';
import { type DecisionView, toDecisionView } from './decision-record.js';
import { type DecisionRow, listSanctionsOfDecision, lockDecision, updateDecision } from './decisions.repository.js';
import { defaultViolationCatalogue } from './default-violation-catalogue.js';
import { DEFAULT_APPEAL_DAYS, putIntoEffect } from './put-into-effect.js';

async function lockPending(trx: Db, decisionId: string, who: Decider): Promise<DecisionRow> {
  const d = await lockDecision(trx, decisionId);
  if (!d) throw new GovernanceError(GovernanceErrorCode.DecisionNotFound, `no decision ${decisionId}`);
  if (d.status !== 'pending_confirmation') {
    throw new GovernanceError(GovernanceErrorCode.DecisionNotPending, `decision ${decisionId} is ${d.status}`, {
      status: d.status,
    });
  }
  if (d.decidedBy === who.actor) {
    throw new GovernanceError(
      GovernanceErrorCode.FourEyesSameReviewer,
      `decision ${decisionId} needs a second reviewer: its author cannot confirm or reject it`,
    );
  }
  return d;
}

/**
 * The second reviewer's confirmation of a decision that needs four eyes: it takes effect now
 * (the ladder is applied to the ledger as it stands now) and the case is decided.
 */
export async function confirmDecision(
  db: Db,
  clock: Clock,
  decisionId: string,
  who: Decider,
  options: DecisionOptions = {},
): Promise<DecisionView> {
  const catalogue = options.catalogue ?? defaultViolationCatalogue();
  return inTransaction(db, async (trx) => {
    const pending = await lockPending(trx, decisionId, who);
    const c = await lockCase(trx, pending.caseId);
    if (!c) throw new GovernanceError(GovernanceErrorCode.CaseNotFound, `no case ${pending.caseId}`);
    const now = clock.now();
    const step = transitionCase({ state: c.state, decidedAt: c.decidedAt }, 'decide', who.role, now);
    if (!step.ok) {
      throw new GovernanceError(
        GovernanceErrorCode.InvalidTransition,
        `case ${c.id} is ${c.state}: its decision cannot take effect (${step.refusal})`,
        { state: c.state, action: 'decide', refusal: step.refusal },
      );
    }
    const confirmed = await updateDecision(trx, pending.id, { confirmedBy: who.actor });
    const effects = await putIntoEffect(trx, clock, catalogue, confirmed, options.appealDays ?? DEFAULT_APPEAL_DAYS);
    await updateCase(trx, c.id, { state: step.lifecycle.state, decidedAt: step.lifecycle.decidedAt, updatedAt: now });
    await appendCaseEvents(trx, [
      { caseId: c.id, type: 'decision_confirmed', actor: who.actor, at: now, data: { decisionId: pending.id } },
      {
        caseId: c.id,
        type: 'state_changed',
        actor: who.actor,
        at: now,
        fromState: c.state,
        toState: step.lifecycle.state,
        data: { decisionId: pending.id },
      },
    ]);
    await appendAudit(trx, clock, {
      actor: who.actor,
      action: 'decision.confirmed',
      subject: pending.id,
      before: { status: pending.status, decidedBy: pending.decidedBy },
      after: {
        status: effects.decision.status,
        sanctions: effects.sanctions.map((s) => ({
          id: s.id,
          action: s.action,
          endsAt: s.endsAt,
          automatic: s.automatic,
        })),
      },
    });
    return toDecisionView(effects.decision, await listSanctionsOfDecision(trx, pending.id));
  });
}

/** The second reviewer turns a decision down: nothing took effect, the case stays in review. */
export async function rejectDecision(
  db: Db,
  clock: Clock,
  decisionId: string,
  who: Decider,
  reason: string,
): Promise<DecisionView> {
  return inTransaction(db, async (trx) => {
    const pending = await lockPending(trx, decisionId, who);
    const now = clock.now();
    const rejected = await updateDecision(trx, pending.id, {
      status: 'rejected',
      rejectedBy: who.actor,
      rejectedAt: now,
      rejectionReason: reason,
    });
    await appendCaseEvents(trx, [
      {
        caseId: pending.caseId,
        type: 'decision_rejected',
        actor: who.actor,
        at: now,
        data: { decisionId: pending.id, reason },
      },
    ]);
    await appendAudit(trx, clock, {
      actor: who.actor,
      action: 'decision.rejected',
      subject: pending.id,
      before: { status: pending.status },
      after: { status: 'rejected' },
      reason,
    });
    return toDecisionView(rejected, []);
  });
}
