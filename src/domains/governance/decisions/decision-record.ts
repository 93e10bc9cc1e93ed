import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import type { ActionRequest, SanctionAction } from '../rules/sanction-actions.js';
import type { StatementLanguage, Track } from '../rules/violation-catalogue.js';
import type { DecisionRow, SanctionRow } from './decisions.repository.js';
import type { DecisionStatus, SanctionStatus } from './decisions.tables.js';

export interface SanctionView {
  id: string;
  decisionId: string;
  subject: { kind: CaseSubjectKind; id: string };
  target: { kind: CaseTargetKind; id: string };
  action: SanctionAction;
  /** What the measure acts on: the subject's account or the case's target. */
  appliesTo: { kind: string; id: string };
  days: number | null;
  amount: { minor: number; currency: string } | null;
  startsAt: Date;
  endsAt: Date | null;
  status: SanctionStatus;
  automatic: boolean;
  reason: string;
  endedAt: Date | null;
}

export interface DecisionView {
  id: string;
  caseId: string;
  subject: { kind: CaseSubjectKind; id: string };
  target: { kind: CaseTargetKind; id: string };
  /** null: no violation. */
  violationType: string | null;
  track: Track | null;
  points: number;
  status: DecisionStatus;
  actions: ActionRequest[];
  facts: string;
  language: StatementLanguage;
  statement: string;
  dsa: { category: string; keyword: string } | null;
  decidedBy: string | null;
  decidedAt: Date;
  effectiveAt: Date | null;
  confirmedBy: string | null;
  rejection: { by: string | null; at: Date; reason: string } | null;
  reversal: { by: string | null; at: Date; reason: string } | null;
  sanctions: SanctionView[];
}

export function toSanctionView(s: SanctionRow): SanctionView {
  return {
    id: s.id,
    decisionId: s.decisionId,
    subject: { kind: s.subjectKind, id: s.subjectId },
    target: { kind: s.targetKind, id: s.targetId },
    action: s.action,
    appliesTo: { kind: s.appliesToKind, id: s.appliesToId },
    days: s.days,
    amount: s.amountMinor !== null ? { minor: Number(s.amountMinor), currency: s.currency ?? '' } : null,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    status: s.status,
    automatic: s.automatic,
    reason: s.reason,
    endedAt: s.endedAt,
  };
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** party: the affected merchant or host reads it, without the names of the reviewers. */
export function toDecisionView(d: DecisionRow, sanctions: readonly SanctionRow[], party = false): DecisionView {
  const who = (actor: string | null) => (party ? null : actor);
  return {
    id: d.id,
    caseId: d.caseId,
    subject: { kind: d.subjectKind, id: d.subjectId },
    target: { kind: d.targetKind, id: d.targetId },
    violationType: d.violationType,
    track: d.track,
    points: d.points,
    status: d.status,
    actions: json<ActionRequest[]>(d.actions),
    facts: d.facts,
    language: d.language,
    statement: d.statement,
    dsa: d.dsaCategory && d.dsaKeyword ? { category: d.dsaCategory, keyword: d.dsaKeyword } : null,
    decidedBy: who(d.decidedBy),
    decidedAt: d.decidedAt,
    effectiveAt: d.effectiveAt,
    confirmedBy: who(d.confirmedBy),
    rejection:
      d.rejectedAt !== null ? { by: who(d.rejectedBy), at: d.rejectedAt, reason: d.rejectionReason ?? '' } : null,
    reversal:
      d.reversedAt !== null ? { by: who(d.reversedBy), at: d.reversedAt, reason: d.reversalReason ?? '' } : null,
    sanctions: sanctions.map(toSanctionView),
  };
}
