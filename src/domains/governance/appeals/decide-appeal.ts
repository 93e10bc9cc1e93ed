import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { appendCaseEvents, lockCase, updateCase } from '../cases/cases.repository.js';
import {
  type DecideInput,
  type Decider,
  type DecisionOptions,
  decideCase,
  inTransaction,
} from '../decisions/decide-case.js';
import type { DecisionView } from '../decisions/decision-record.js';
import { lockDecision, updateDecision } from '../decisions/decisions.repository.js';
import { reverseDecision } from '../decisions/reverse-decision.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { transitionCase } from '../rules/case-state-machine.js';
import { type AppealView, toAppealView } from './appeal-record.js';
import { appealNoteForAppealed, appealNoteForReplacement, appealReply } from './appeal-reply.js';
import { findAppeal, lockAppeal, updateAppeal } from './appeals.repository.js';

export type AppealDecisionInput =
  | { outcome: 'upheld' | 'reversed'; reasoning: string }
  | { outcome: 'modified'; reasoning: string; decision: DecideInput };

export interface AppealDecided {
  appeal: AppealView;
  /** modified: the decision that replaced the appealed one (in effect, or waiting for four eyes). */
  newDecision: DecisionView | null;
}

/**
 * Decides an open appeal; only someone who neither took nor confirmed the appealed decision may.
 * upheld: nothing changes and the case closes. reversed: the decision is reversed (points back,
 * its sanctions lifted with their messages) and the case closes. modified: it is reversed and the
 * case decided anew through the usual decide path (which may wait for four eyes). The appealed
 * decision's statement of reasons records the outcome; the appellant gets a reply in their language.
 */
export async function decideAppeal(
  db: Db,
  clock: Clock,
  appealId: string,
  who: Decider,
  input: AppealDecisionInput,
  options: DecisionOptions = {},
): Promise<AppealDecided> {
  return inTransaction(db, async (trx) => {
    const seen = await findAppeal(trx, appealId);
    if (!seen) throw new GovernanceError(GovernanceErrorCode.AppealNotFound, `no appeal ${appealId}`);
    // Case, then decision, as everywhere else; the appeal row last.
    const c = await lockCase(trx, seen.caseId);
    const d = await lockDecision(trx, seen.decisionId);
    const a = await lockAppeal(trx, appealId);
    if (!c || !d || !a) throw new GovernanceError(GovernanceErrorCode.AppealNotFound, `no appeal ${appealId}`);
    if (a.status !== 'open') {
      throw new GovernanceError(GovernanceErrorCode.AppealNotOpen, `appeal ${a.id} was already decided: ${a.status}`, {
        status: a.status,
      });
    }
    if (who.actor === d.decidedBy || who.actor === d.confirmedBy) {
      throw new GovernanceError(
        GovernanceErrorCode.AppealSameReviewer,
        `an appeal is decided by someone other than who ${who.actor === d.decidedBy ? 'took' : 'confirmed'} the decision`,
      );
    }
    if (c.assignee !== null && c.assignee !== who.actor && who.role !== 'lead') {
      throw new GovernanceError(
        GovernanceErrorCode.CaseHeldByOther,
        `case ${c.id} is held by another reviewer; only they or a lead may decide its appeal`,
      );
    }
    const now = clock.now();
    const action = input.outcome === 'modified' ? 'reconsider' : 'resolve_appeal';
    const step = transitionCase({ state: c.state, decidedAt: c.decidedAt }, action, who.role, now);
    if (!step.ok) {
      throw new GovernanceError(
        GovernanceErrorCode.InvalidTransition,
        `case ${c.id} is ${c.state}: its appeal cannot be decided (${step.refusal})`,
        { state: c.state, action, refusal: step.refusal },
      );
    }
    const reason = `appeal ${a.id}: ${input.reasoning}`;
    if (input.outcome !== 'upheld') await reverseDecision(trx, clock, d.id, who.actor, reason, options);

    await updateCase(trx, c.id, {
      state: step.lifecycle.state,
      decidedAt: step.lifecycle.decidedAt,
      // Reconsidering: the appeal's reviewer holds the case and decides it at once, below.
      ...(input.outcome === 'modified' ? { assignee: who.actor, assignedAt: now } : {}),
      updatedAt: now,
    });
    await appendCaseEvents(trx, [
      {
        caseId: c.id,
        type: 'appeal_decided',
        actor: who.actor,
        at: now,
        fromState: c.state,
        toState: step.lifecycle.state,
        data: { appealId: a.id, decisionId: d.id, outcome: input.outcome },
      },
    ]);

    let newDecision: DecisionView | null = null;
    if (input.outcome === 'modified') {
      newDecision = await decideCase(trx, clock, c.id, who, input.decision, options);
      const note = appealNoteForReplacement(newDecision.language, a.id, d.id);
      const updated = await updateDecision(trx, newDecision.id, { statement: newDecision.statement + note });
      newDecision = { ...newDecision, statement: updated.statement };
    }
    if (input.outcome !== 'upheld') {
      const note = appealNoteForAppealed(d.language, a.id, now, newDecision?.id ?? null, input.reasoning);
      await updateDecision(trx, d.id, { statement: d.statement + note });
    }

    const reply = appealReply({
      outcome: input.outcome,
      language: a.language,
      decisionId: d.id,
      newDecisionId: newDecision?.id ?? null,
      reasoning: input.reasoning,
    });
    const decided = await updateAppeal(trx, a.id, {
      status: input.outcome,
      decidedBy: who.actor,
      decidedAt: now,
      reasoning: input.reasoning,
      reply,
      newDecisionId: newDecision?.id ?? null,
    });
    await appendAudit(trx, clock, {
      actor: who.actor,
      action: 'appeal.decided',
      subject: a.id,
      before: { status: a.status, caseState: c.state },
      after: {
        status: input.outcome,
        decisionId: d.id,
        newDecisionId: newDecision?.id ?? null,
        caseState: step.lifecycle.state,
      },
      reason: input.reasoning,
    });
    await publishWebhook(trx, clock, 'appeal.decided', {
      appealId: a.id,
      decisionId: d.id,
      caseId: c.id,
      partyKind: a.subjectKind,
      partyId: a.subjectId,
      outcome: input.outcome,
      newDecisionId: newDecision?.id ?? null,
      reply,
      decidedAt: now.toISOString(),
    });
    return { appeal: toAppealView(decided), newDecision };
  });
}
