import type { CaseSubjectKind } from '../governance.tables.js';
import type { CaseActor } from '../rules/case-state-machine.js';
import type { CaseDetail, CaseSummary } from './case-record.js';

/**
 * Who is reading or acting on cases. Staff see every case; a party (a merchant or host account,
 * or an API key bound to one) sees only the cases whose subject it is, without the internal
 * notes and without who reviews them.
 */
export type CaseViewer =
  | { kind: 'staff'; actor: string; role: Extract<CaseActor, 'reviewer' | 'lead'> }
  | { kind: 'party'; actor: string; subjectId: string; subjectKinds: readonly CaseSubjectKind[] };

export function canSee(viewer: CaseViewer, c: Pick<CaseSummary, 'subject'>): boolean {
  if (viewer.kind === 'staff') return true;
  return c.subject.id === viewer.subjectId && viewer.subjectKinds.includes(c.subject.kind);
}

// Notes and the four-eyes steps before a decision takes effect are the reviewers' own business.
const STAFF_ONLY_EVENTS: ReadonlySet<string> = new Set(['note', 'decision_proposed', 'decision_rejected']);

export function summaryFor<T extends CaseSummary>(viewer: CaseViewer, c: T): T {
  if (viewer.kind === 'staff') return c;
  return { ...c, assignee: null, assignedAt: null };
}

export function detailFor(viewer: CaseViewer, c: CaseDetail): CaseDetail {
  if (viewer.kind === 'staff') return c;
  return {
    ...summaryFor(viewer, c),
    events: c.events
      .filter((e) => !STAFF_ONLY_EVENTS.has(e.type))
      .map((e) => {
        // The affected party learns that a reviewer acted, not which one.
        const actor = e.actor.startsWith('user:') ? 'reviewer' : e.actor;
        return e.type === 'assigned' || e.type === 'released' ? { ...e, actor, data: {} } : { ...e, actor };
      }),
  };
}
