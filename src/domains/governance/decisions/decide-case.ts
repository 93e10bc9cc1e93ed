import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { CaseRow } from '../cases/case-record.js';
import { appendCaseEvents, lockCase, updateCase } from '../cases/cases.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { keepsLedger, projectLadder } from '../points/points-ledger.js';
import { transitionCase } from '../rules/case-state-machine.js';
import { ACTION_RULES, type ActionRequest, actionProblem, type SanctionAction } from '../rules/sanction-actions.js';
import { UNKNOWN_SUBJECT } from '../rules/unknown-subject.js';
import {
  needsFourEyes,
  type StatementLanguage,
  type ViolationCatalogue,
  type ViolationSpec,
} from '../rules/violation-catalogue.js';
import { type DecisionView, toDecisionView } from './decision-record.js';
import { hasPendingDecision, insertDecision, updateDecision } from './decisions.repository.js';
import { defaultViolationCatalogue } from './default-violation-catalogue.js';
import { DEFAULT_APPEAL_DAYS, putIntoEffect, statementOf } from './put-into-effect.js';

/** Who decides: a reviewer or a lead (admins act as leads). */
export interface Decider {
  actor: string;
  role: 'reviewer' | 'lead';
}

/** `none` as the violation type: no violation (the content is restored or the case dismissed). */
export const NO_VIOLATION = 'none';
const NO_VIOLATION_ACTIONS: readonly SanctionAction[] = ['restore_listing'];

export interface DecideInput {
  violationType: string;
  /** Absent: the catalogue's default actions that fit the case's target. */
  actions?: ActionRequest[];
  facts: string;
  language: StatementLanguage;
}

export interface DecisionOptions {
  catalogue?: ViolationCatalogue;
  appealDays?: number;
}

export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

function checkActions(spec: ViolationSpec | null, requested: ActionRequest[] | undefined, c: CaseRow): ActionRequest[] {
  const allowed = spec ? spec.actions : NO_VIOLATION_ACTIONS;
  // A case opened from a report on a listing Xinren has not seen yet names no merchant: measures on
  // an account, and points, need to know whose account it is.
  const subjectKnown = c.subjectId !== UNKNOWN_SUBJECT;
  const fits = (type: SanctionAction) => {
    const rule = ACTION_RULES[type];
    if (rule.appliesTo === 'subject' && !subjectKnown) return false;
    return rule.targetKind === undefined || rule.targetKind === c.targetKind;
  };
  const actions = requested ?? (spec ? spec.default.filter(fits).map((type) => ({ type })) : []);
  const seen = new Set<SanctionAction>();
  for (const a of actions) {
    if (!allowed.includes(a.type)) {
      throw new GovernanceError(
        GovernanceErrorCode.ActionNotAllowed,
        `${a.type} is not an action for ${spec ? 'this violation type' : 'a decision of no violation'}`,
        { action: a.type, allowed },
      );
    }
    if (seen.has(a.type)) {
      throw new GovernanceError(GovernanceErrorCode.InvalidAction, `${a.type} is named twice`, { action: a.type });
    }
    seen.add(a.type);
    if (!subjectKnown && ACTION_RULES[a.type].appliesTo === 'subject') {
      throw new GovernanceError(
        GovernanceErrorCode.InvalidAction,
        `${a.type} acts on the ${c.subjectKind}'s account, and this case does not know which ${c.subjectKind} it is`,
        { code: 'subject_unknown', action: a.type },
      );
    }
    const problem = actionProblem(a, c.targetKind);
    if (problem) {
      const message =
        problem.code === 'target_kind'
          ? `${a.type} acts on a ${problem.needs}; this case is about a ${c.targetKind}`
          : `${a.type}: ${problem.code.replaceAll('_', ' ')}`;
      throw new GovernanceError(GovernanceErrorCode.InvalidAction, message, problem);
    }
  }
  return actions;
}

/**
 * Decides a case the caller holds (or any case in review, for a lead). The decision takes effect
 * at once, with its sanctions, points, messages and statement of reasons, and the case is
 * decided; unless it (or a threshold its points cross) calls for an action that needs four eyes:
 * then it waits, with the case still in review, for a second reviewer to confirm or reject it.
 */
export async function decideCase(
  db: Db,
  clock: Clock,
  caseId: string,
  who: Decider,
  input: DecideInput,
  options: DecisionOptions = {},
): Promise<DecisionView> {
  const catalogue = options.catalogue ?? defaultViolationCatalogue();
  const appealDays = options.appealDays ?? DEFAULT_APPEAL_DAYS;
  return inTransaction(db, async (trx) => {
    const c = await lockCase(trx, caseId);
    if (!c) throw new GovernanceError(GovernanceErrorCode.CaseNotFound, `no case ${caseId}`);
    const now = clock.now();
    const step = transitionCase({ state: c.state, decidedAt: c.decidedAt }, 'decide', who.role, now);
    if (!step.ok) {
      throw new GovernanceError(
        GovernanceErrorCode.InvalidTransition,
        `case ${c.id} is ${c.state}: it cannot be decided (${step.refusal})`,
        { state: c.state, action: 'decide', refusal: step.refusal },
      );
    }
    if (c.assignee !== who.actor && who.role !== 'lead') {
      throw new GovernanceError(
        GovernanceErrorCode.CaseHeldByOther,
        `case ${caseId} is held by another reviewer; only they or a lead may decide it`,
      );
    }
    if (await hasPendingDecision(trx, c.id)) {
      throw new GovernanceError(
        GovernanceErrorCode.DecisionPending,
        `case ${caseId} has a decision waiting for confirmation`,
      );
    }
    const violation = input.violationType === NO_VIOLATION ? null : input.violationType;
    const spec = violation === null ? null : catalogue.violations[violation];
    if (spec === undefined) {
      throw new GovernanceError(GovernanceErrorCode.UnknownViolation, `no violation type ${input.violationType}`, {
        known: [NO_VIOLATION, ...Object.keys(catalogue.violations)],
      });
    }
    const actions = checkActions(spec, input.actions, c);
    const ledger = spec !== null && keepsLedger({ kind: c.subjectKind, id: c.subjectId });
    const points = ledger ? spec.points : 0;
    const ladder = ledger
      ? await projectLadder(trx, catalogue, { kind: c.subjectKind, id: c.subjectId }, spec.track, points, now)
      : [];
    const fourEyes = needsFourEyes([...actions, ...ladder.flatMap((s) => s.actions)], catalogue.fourEyes);
    let decision = await insertDecision(trx, {
      id: newId('dec'),
      caseId: c.id,
      subjectKind: c.subjectKind,
      subjectId: c.subjectId,
      targetKind: c.targetKind,
      targetId: c.targetId,
      violationType: violation,
      track: spec?.track ?? null,
      points,
      status: 'pending_confirmation',
      actions: JSON.stringify(actions),
      facts: input.facts,
      language: input.language,
      statement: '',
      dsaCategory: spec?.dsaCategory ?? null,
      dsaKeyword: spec?.dsaKeyword ?? null,
      decidedBy: who.actor,
      decidedAt: now,
      effectiveAt: null,
      confirmedBy: null,
      rejectedBy: null,
      rejectedAt: null,
      rejectionReason: null,
      reversedBy: null,
      reversedAt: null,
      reversalReason: null,
    });
    const summary = { violationType: violation, points, actions, ladder: ladder.map((s) => s.points) };
    if (fourEyes) {
      // A preview; the statement is written again, with what the ladder then adds, on confirmation.
      const automatic = ladder.map((s) => ({ track: spec!.track, points: s.points, actions: s.actions }));
      decision = await updateDecision(trx, decision.id, {
        statement: statementOf(decision, { catalogue, appealDays, automatic, at: now }),
      });
      await appendCaseEvents(trx, [
        {
          caseId: c.id,
          type: 'decision_proposed',
          actor: who.actor,
          at: now,
          data: { decisionId: decision.id, ...summary },
        },
      ]);
      await appendAudit(trx, clock, {
        actor: who.actor,
        action: 'decision.proposed',
        subject: decision.id,
        after: { caseId: c.id, status: decision.status, ...summary },
        reason: 'needs a second reviewer (four eyes)',
      });
      return toDecisionView(decision, []);
    }
    const effects = await putIntoEffect(trx, clock, catalogue, decision, appealDays);
    await updateCase(trx, c.id, { state: step.lifecycle.state, decidedAt: step.lifecycle.decidedAt, updatedAt: now });
    await appendCaseEvents(trx, [
      {
        caseId: c.id,
        type: 'state_changed',
        actor: who.actor,
        at: now,
        fromState: c.state,
        toState: step.lifecycle.state,
        data: { decisionId: decision.id, ...summary },
      },
    ]);
    await appendAudit(trx, clock, {
      actor: who.actor,
      action: 'decision.taken',
      subject: effects.decision.id,
      before: { caseState: c.state },
      after: {
        caseId: c.id,
        status: effects.decision.status,
        ...summary,
        sanctions: effects.sanctions.map((s) => ({
          id: s.id,
          action: s.action,
          endsAt: s.endsAt,
          automatic: s.automatic,
        })),
      },
      reason: input.facts,
    });
    // The rows just written, in the order the database numbered them: no need to read them back.
    const sanctions = [...effects.sanctions].sort((a, b) => Number(a.seq) - Number(b.seq));
    return toDecisionView(effects.decision, sanctions);
  });
}
