import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { keepsLedger, recordPoints } from '../points/points-ledger.js';
import { DEFAULT_APPEAL_WINDOW_MS } from '../rules/case-state-machine.js';
import type { ActionRequest } from '../rules/sanction-actions.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { afterDecisionInEffect } from './decision-side-effects.js';
import { type DecisionRow, type SanctionRow, updateDecision } from './decisions.repository.js';
import { imposeSanctions } from './sanction-effects.js';
import { buildStatement } from './statement-of-reasons.js';

export const DEFAULT_APPEAL_DAYS = Math.round(DEFAULT_APPEAL_WINDOW_MS / 86_400_000);
const REASON_MAX = 500;

export function actionsOf(d: Pick<DecisionRow, 'actions'>): ActionRequest[] {
  return (typeof d.actions === 'string' ? JSON.parse(d.actions) : d.actions) as ActionRequest[];
}

function clip(text: string): string {
  return text.length <= REASON_MAX ? text : `${text.slice(0, REASON_MAX - 1)}…`;
}

/** The reason an enforcement.action message carries: the violation's name and the facts. */
function reasonOf(d: DecisionRow, catalogue: ViolationCatalogue): string {
  const spec = d.violationType ? catalogue.violations[d.violationType] : undefined;
  const name = spec ? spec.name[d.language] : d.language === 'en' ? 'No violation' : '未发现违规';
  return clip(`${name}${d.language === 'en' ? ': ' : '：'}${d.facts}`);
}

export interface StatementContext {
  catalogue: ViolationCatalogue;
  appealDays: number;
  automatic: { track: 'general' | 'serious'; points: number; actions: readonly ActionRequest[] }[];
  at: Date;
}

export function statementOf(d: DecisionRow, ctx: StatementContext): string {
  return buildStatement({
    decisionId: d.id,
    language: d.language,
    violation: d.violationType ? (ctx.catalogue.violations[d.violationType] ?? null) : null,
    facts: d.facts,
    actions: actionsOf(d),
    automatic: ctx.automatic,
    points: d.points,
    decidedAt: ctx.at,
    appealDays: ctx.appealDays,
    currency: ctx.catalogue.fourEyes.currency,
  });
}

export interface Effects {
  decision: DecisionRow;
  sanctions: SanctionRow[];
}

/**
 * Makes a decision take effect now: the reviewer's sanctions, the points, the sanctions of any
 * threshold the points cross, each with its message; the statement of reasons written with all
 * of them. The caller holds the case and changes its state.
 */
export async function putIntoEffect(
  trx: Db,
  clock: Clock,
  catalogue: ViolationCatalogue,
  d: DecisionRow,
  appealDays: number,
): Promise<Effects> {
  const now = clock.now();
  const currency = catalogue.fourEyes.currency;
  const ref = {
    id: d.id,
    subjectKind: d.subjectKind,
    subjectId: d.subjectId,
    targetKind: d.targetKind,
    targetId: d.targetId,
  };
  const reason = reasonOf(d, catalogue);
  const sanctions = await imposeSanctions(
    trx,
    clock,
    ref,
    actionsOf(d).map((action) => ({ action, reason, automatic: false })),
    currency,
  );
  const automatic: StatementContext['automatic'] = [];
  if (d.violationType && d.track && keepsLedger({ kind: d.subjectKind, id: d.subjectId })) {
    const recorded = await recordPoints(
      trx,
      catalogue,
      {
        id: d.id,
        subject: { kind: d.subjectKind, id: d.subjectId },
        violationType: d.violationType,
        track: d.track,
        points: d.points,
      },
      now,
    );
    for (const { firing, step } of recorded?.fired ?? []) {
      const why =
        d.language === 'en'
          ? `${d.track} violation points reached ${step.points}`
          : `${d.track === 'serious' ? '严重违规' : '一般违规'}累计扣分达到${step.points}分`;
      sanctions.push(
        ...(await imposeSanctions(
          trx,
          clock,
          ref,
          step.actions.map((action) => ({ action, reason: why, automatic: true, firingId: firing.id })),
          currency,
        )),
      );
      automatic.push({ track: d.track, points: step.points, actions: step.actions });
    }
  }
  await afterDecisionInEffect(trx, clock, d, sanctions, reason);
  const statement = statementOf(d, { catalogue, appealDays, automatic, at: now });
  const decision = await updateDecision(trx, d.id, { status: 'in_effect', effectiveAt: now, statement });
  return { decision, sanctions };
}
