import type { Db } from '../../../platform/db/database.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { type AppealView, toAppealView } from './appeal-record.js';
import { type AppealFilters, findAppeal, listAppealRows } from './appeals.repository.js';

/** One appeal; the affected party sees only its own, anyone else's is a 404 as if absent. */
export async function getAppeal(db: Db, viewer: CaseViewer, id: string): Promise<AppealView> {
  const a = await findAppeal(db, id);
  const party = viewer.kind === 'party';
  const visible =
    a !== undefined && (!party || (a.subjectId === viewer.subjectId && viewer.subjectKinds.includes(a.subjectKind)));
  if (!visible) throw new GovernanceError(GovernanceErrorCode.AppealNotFound, `no appeal ${id}`);
  return toAppealView(a, party);
}

/** Appeals, newest first; a merchant or host gets only its own whatever it asks for. */
export async function listAppeals(db: Db, viewer: CaseViewer, filters: AppealFilters): Promise<AppealView[]> {
  if (viewer.kind === 'staff') return (await listAppealRows(db, filters)).map((a) => toAppealView(a));
  if (filters.subjectId !== undefined && filters.subjectId !== viewer.subjectId) return [];
  const kinds = viewer.subjectKinds.filter(
    (k) => filters.subjectKinds === undefined || filters.subjectKinds.includes(k),
  );
  const rows = await listAppealRows(db, { ...filters, subjectId: viewer.subjectId, subjectKinds: kinds });
  return rows.map((a) => toAppealView(a, true));
}
