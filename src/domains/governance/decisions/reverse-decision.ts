import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { appendCaseEvents } from '../cases/cases.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { returnPoints } from '../points/points-ledger.js';
import { type DecisionOptions, inTransaction } from './decide-case.js';
import { type DecisionView, toDecisionView } from './decision-record.js';
import { afterDecisionReversed } from './decision-side-effects.js';
import {
  listSanctionsOfDecision,
  lockDecision,
  lockLiftableSanctions,
  type SanctionRow,
  updateDecision,
} from './decisions.repository.js';
import { defaultViolationCatalogue } from './default-violation-catalogue.js';
import { endSanctions } from './sanction-effects.js';

/**
 * Reverses a decision in effect (a lead's correction; an upheld appeal calls this too): its
 * points come back, what it imposed and what its points triggered is lifted, each with its
 * message, and so are the sanctions of earlier thresholds the subject's total no longer reaches.
 * The case keeps its state: reversing is about the decision, and the appeal flow moves the case.
 */
export async function reverseDecision(
  db: Db,
  clock: Clock,
  decisionId: string,
  actor: string,
  reason: string,
  options: DecisionOptions = {},
): Promise<DecisionView> {
  const catalogue = options.catalogue ?? defaultViolationCatalogue();
  return inTransaction(db, async (trx) => {
    const d = await lockDecision(trx, decisionId);
    if (!d) throw new GovernanceError(GovernanceErrorCode.DecisionNotFound, `no decision ${decisionId}`);
    if (d.status !== 'in_effect') {
      throw new GovernanceError(
        GovernanceErrorCode.DecisionNotReversible,
        `decision ${decisionId} is ${d.status}: only a decision in effect can be reversed`,
        { status: d.status },
      );
    }
    const now = clock.now();
    const reversed = await updateDecision(trx, d.id, {
      status: 'reversed',
      reversedBy: actor,
      reversedAt: now,
      reversalReason: reason,
    });
    const returned = await returnPoints(
      trx,
      catalogue,
      { id: d.id, subject: { kind: d.subjectKind, id: d.subjectId }, track: d.track },
      now,
    );
    const own = await lockLiftableSanctions(trx, { decisionId: d.id });
    const triggered = await lockLiftableSanctions(trx, {
      firingIds: returned.reversedFirings.filter((f) => f.decisionId !== d.id).map((f) => f.id),
    });
    const lifted: SanctionRow[] = await endSanctions(trx, clock, [...own, ...triggered], 'lifted', actor, reason);
    await afterDecisionReversed(trx, clock, d, lifted, reason);
    const summary = {
      pointsReturned: returned.entry?.points ?? 0,
      thresholdsReversed: returned.reversedFirings.map((f) => ({ track: f.track, points: f.points })),
      lifted: lifted.map((s) => ({ id: s.id, action: s.action, decisionId: s.decisionId })),
    };
    await appendCaseEvents(trx, [
      { caseId: d.caseId, type: 'decision_reversed', actor, at: now, data: { decisionId: d.id, reason, ...summary } },
    ]);
    await appendAudit(trx, clock, {
      actor,
      action: 'decision.reversed',
      subject: d.id,
      before: { status: d.status },
      after: { status: 'reversed', ...summary },
      reason,
    });
    return toDecisionView(reversed, await listSanctionsOfDecision(trx, d.id));
  });
}
