import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import { publishWebhook } from '../../../platform/outbox/publish.js';
import { scheduleSlaTimer } from '../cases/case-sla-timer.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { appendCaseEvents, lockCase, updateCase } from '../cases/cases.repository.js';
import { inTransaction } from '../decisions/decide-case.js';
import { findDecision, lockDecision } from '../decisions/decisions.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { DEFAULT_APPEAL_WINDOW_MS, transitionCase } from '../rules/case-state-machine.js';
import type { StatementLanguage } from '../rules/violation-catalogue.js';
import { type AppealView, toAppealView } from './appeal-record.js';
import { findOpenAppealOf, insertAppeal } from './appeals.repository.js';
import type { AppealAttachment } from './appeals.tables.js';

export const APPEALS_QUEUE = 'appeals';
/** Time from filing to a decision on the appeal. */
export const DEFAULT_APPEAL_SLA_MS = 72 * 3_600_000;

export interface AppealRules {
  /** From the decision's effective time. */
  windowMs: number;
  slaMs: number;
}

export const DEFAULT_APPEAL_RULES: AppealRules = { windowMs: DEFAULT_APPEAL_WINDOW_MS, slaMs: DEFAULT_APPEAL_SLA_MS };

export interface AppealInput {
  text: string;
  attachments: AppealAttachment[];
  /** Absent: the language of the decision's statement of reasons. */
  language?: StatementLanguage;
}

type PartyViewer = Extract<CaseViewer, { kind: 'party' }>;

/**
 * Files the affected party's appeal against a decision in effect, inside the appeal window: the
 * case becomes appealed and waits, unclaimed, in the appeals queue with its own due time; the
 * platform hears of it (appeal.received). Another party's decision is a 404, as if absent.
 */
export async function fileAppeal(
  db: Db,
  clock: Clock,
  decisionId: string,
  party: PartyViewer,
  input: AppealInput,
  rules: AppealRules = DEFAULT_APPEAL_RULES,
): Promise<AppealView> {
  return inTransaction(db, async (trx) => {
    const seen = await findDecision(trx, decisionId);
    const own =
      seen !== undefined && seen.subjectId === party.subjectId && party.subjectKinds.includes(seen.subjectKind);
    if (!own || (seen.status !== 'in_effect' && seen.status !== 'reversed')) {
      throw new GovernanceError(GovernanceErrorCode.DecisionNotFound, `no decision ${decisionId}`);
    }
    // The case first, then the decision: the order the decide path locks them in.
    const c = await lockCase(trx, seen.caseId);
    const d = await lockDecision(trx, decisionId);
    if (!c || !d) throw new GovernanceError(GovernanceErrorCode.DecisionNotFound, `no decision ${decisionId}`);
    if (await findOpenAppealOf(trx, d.id)) {
      throw new GovernanceError(GovernanceErrorCode.AppealAlreadyOpen, `decision ${d.id} already has an open appeal`);
    }
    if (d.status !== 'in_effect' || d.effectiveAt === null) {
      throw new GovernanceError(
        GovernanceErrorCode.DecisionNotAppealable,
        `decision ${d.id} is ${d.status}: only a decision in effect can be appealed`,
        { status: d.status },
      );
    }
    const now = clock.now();
    const closesAt = new Date(d.effectiveAt.getTime() + rules.windowMs);
    if (now.getTime() > closesAt.getTime()) {
      throw new GovernanceError(
        GovernanceErrorCode.AppealWindowClosed,
        `the appeal window of decision ${d.id} closed at ${closesAt.toISOString()}`,
        { closedAt: closesAt.toISOString() },
      );
    }
    const step = transitionCase({ state: c.state, decidedAt: d.effectiveAt }, 'appeal', 'subject', now, {
      appealWindowMs: rules.windowMs,
    });
    if (!step.ok) {
      throw new GovernanceError(
        GovernanceErrorCode.DecisionNotAppealable,
        `case ${c.id} is ${c.state}: its decision cannot be appealed (${step.refusal})`,
        { state: c.state, refusal: step.refusal },
      );
    }
    const dueAt = new Date(now.getTime() + rules.slaMs);
    const appeal = await insertAppeal(trx, {
      id: newId('apl'),
      decisionId: d.id,
      caseId: c.id,
      subjectKind: d.subjectKind,
      subjectId: d.subjectId,
      appellant: party.actor,
      text: input.text,
      attachments: JSON.stringify(input.attachments),
      language: input.language ?? d.language,
      status: 'open',
      filedAt: now,
      dueAt,
      decidedBy: null,
      decidedAt: null,
      reasoning: null,
      reply: null,
      newDecisionId: null,
    });
    await updateCase(trx, c.id, {
      state: step.lifecycle.state,
      queue: APPEALS_QUEUE,
      assignee: null,
      assignedAt: null,
      dueAt,
      updatedAt: now,
    });
    await scheduleSlaTimer(trx, clock, c.id, dueAt);
    await appendCaseEvents(trx, [
      {
        caseId: c.id,
        type: 'appeal_filed',
        actor: party.actor,
        at: now,
        fromState: c.state,
        toState: step.lifecycle.state,
        data: { appealId: appeal.id, decisionId: d.id, fromQueue: c.queue },
      },
    ]);
    await appendAudit(trx, clock, {
      actor: party.actor,
      action: 'appeal.filed',
      subject: appeal.id,
      before: { caseState: c.state, queue: c.queue },
      after: { decisionId: d.id, caseId: c.id, caseState: step.lifecycle.state, dueAt: dueAt.toISOString() },
    });
    await publishWebhook(trx, clock, 'appeal.received', {
      appealId: appeal.id,
      decisionId: d.id,
      caseId: c.id,
      partyKind: d.subjectKind,
      partyId: d.subjectId,
      filedAt: now.toISOString(),
      dueAt: dueAt.toISOString(),
    });
    return toAppealView(appeal, true);
  });
}
