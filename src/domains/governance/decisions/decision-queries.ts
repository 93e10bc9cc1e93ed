import type { Db } from '../../../platform/db/database.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import type { CaseSubjectKind } from '../governance.tables.js';
import { type DecisionView, type SanctionView, toDecisionView, toSanctionView } from './decision-record.js';
import {
  findDecision,
  listSanctionRows,
  listSanctionsOfDecision,
  type SanctionFilters,
} from './decisions.repository.js';

function isOwn(viewer: Extract<CaseViewer, { kind: 'party' }>, kind: CaseSubjectKind, id: string): boolean {
  return id === viewer.subjectId && viewer.subjectKinds.includes(kind);
}

/**
 * One decision with its sanctions. A merchant or host sees only its own decisions once they are
 * in effect (or were reversed), without reviewer names; anything else is a 404, as if absent.
 */
export async function getDecision(db: Db, viewer: CaseViewer, id: string): Promise<DecisionView> {
  const d = await findDecision(db, id);
  const party = viewer.kind === 'party';
  const visible =
    d !== undefined &&
    (!party || (isOwn(viewer, d.subjectKind, d.subjectId) && (d.status === 'in_effect' || d.status === 'reversed')));
  if (!visible) throw new GovernanceError(GovernanceErrorCode.DecisionNotFound, `no decision ${id}`);
  return toDecisionView(d, await listSanctionsOfDecision(db, id), party);
}

/** Sanctions, newest first; a merchant or host gets only its own whatever it asks for. */
export async function listSanctions(db: Db, viewer: CaseViewer, filters: SanctionFilters): Promise<SanctionView[]> {
  if (viewer.kind === 'party') {
    if (filters.subjectId !== undefined && filters.subjectId !== viewer.subjectId) return [];
    if (filters.subjectKind !== undefined && !viewer.subjectKinds.includes(filters.subjectKind as CaseSubjectKind)) {
      return [];
    }
    const rows = await listSanctionRows(db, {
      ...filters,
      subjectId: viewer.subjectId,
      subjectKinds: viewer.subjectKinds,
    });
    return rows.map(toSanctionView);
  }
  return (await listSanctionRows(db, filters)).map(toSanctionView);
}
