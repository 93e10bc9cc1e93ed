import type { Db } from '../../../platform/db/database.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { getDecision } from './decision-queries.js';
import { type DecisionView, toDecisionView } from './decision-record.js';
import type { SanctionRow } from './decisions.repository.js';

type PartyViewer = Extract<CaseViewer, { kind: 'party' }>;

export interface PartyDecisionView extends DecisionView {
  /** The last moment an appeal is accepted; null when the decision can no longer be appealed (reversed). */
  appealClosesAt: Date | null;
}

function appealClosesAt(d: Pick<DecisionView, 'status' | 'effectiveAt'>, windowMs: number): Date | null {
  return d.status === 'in_effect' && d.effectiveAt !== null ? new Date(d.effectiveAt.getTime() + windowMs) : null;
}

/** One decision about the party; anyone else's, or one not yet in effect, is a 404 as if absent. */
export async function getPartyDecision(
  db: Db,
  party: PartyViewer,
  id: string,
  opts: { appealWindowMs: number },
): Promise<PartyDecisionView> {
  const d = await getDecision(db, party, id);
  return { ...d, appealClosesAt: appealClosesAt(d, opts.appealWindowMs) };
}

/**
 * The decisions about one merchant or host that it may read: those in effect or reversed, newest
 * first, without reviewer names. Pending and rejected proposals stay the reviewers' business.
 */
export async function listPartyDecisions(
  db: Db,
  party: PartyViewer,
  opts: { limit: number; appealWindowMs: number },
): Promise<PartyDecisionView[]> {
  if (party.subjectKinds.length === 0 || party.subjectId === '') return [];
  const rows = await db
    .selectFrom('govDecisions')
    .selectAll()
    .where('subjectId', '=', party.subjectId)
    .where('subjectKind', 'in', [...party.subjectKinds])
    .where('status', 'in', ['in_effect', 'reversed'])
    .orderBy('decidedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(opts.limit)
    .execute();
  if (rows.length === 0) return [];
  const sanctions = await db
    .selectFrom('govSanctions')
    .selectAll()
    .where(
      'decisionId',
      'in',
      rows.map((d) => d.id),
    )
    .orderBy('seq')
    .execute();
  const byDecision = new Map<string, SanctionRow[]>();
  for (const s of sanctions) byDecision.set(s.decisionId, [...(byDecision.get(s.decisionId) ?? []), s]);
  return rows.map((d) => {
    const view = toDecisionView(d, byDecision.get(d.id) ?? [], true);
    return { ...view, appealClosesAt: appealClosesAt(view, opts.appealWindowMs) };
  });
}
