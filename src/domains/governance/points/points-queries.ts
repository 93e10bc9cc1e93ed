import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import type { CaseViewer } from '../cases/case-viewer.js';
import { type SanctionView, toSanctionView } from '../decisions/decision-record.js';
import { listSanctionRows } from '../decisions/decisions.repository.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { isInForce, totalsByTrack } from '../rules/points-ladder.js';
import { TRACKS, type Track, type ViolationCatalogue } from '../rules/violation-catalogue.js';
import { listEntries, type SubjectRef } from './points.repository.js';

export interface PointsView {
  subject: SubjectRef;
  at: Date;
  /** Points in force per track: unexpired, unreversed. */
  totals: Record<Track, number>;
  /** The next threshold of each track's ladder above its total; null past the last. */
  nextThresholds: Record<Track, number | null>;
  expiryDays: number;
  entries: {
    id: string;
    decisionId: string;
    violationType: string;
    track: Track;
    points: number;
    decidedAt: Date;
    expiresAt: Date;
    reversed: boolean;
    inForce: boolean;
  }[];
  activeSanctions: SanctionView[];
}

/**
 * A merchant's or host's points ledger with its totals and active sanctions. The subject itself
 * may read it; any other merchant or host gets 404 (the error of a subject with no record).
 */
export async function getSubjectPoints(
  db: Db,
  clock: Clock,
  catalogue: ViolationCatalogue,
  viewer: CaseViewer,
  subject: SubjectRef,
): Promise<PointsView> {
  if (viewer.kind === 'party' && (viewer.subjectId !== subject.id || !viewer.subjectKinds.includes(subject.kind))) {
    throw new GovernanceError(GovernanceErrorCode.SubjectNotFound, `no points ledger of ${subject.kind} ${subject.id}`);
  }
  const now = clock.now();
  const entries = await listEntries(db, subject);
  const totals = totalsByTrack(entries, now);
  const next = (track: Track) => catalogue.ladder[track].find((s) => s.points > totals[track])?.points ?? null;
  const sanctions = await listSanctionRows(db, {
    subjectKind: subject.kind,
    subjectId: subject.id,
    status: 'active',
    limit: 500,
  });
  return {
    subject,
    at: now,
    totals,
    nextThresholds: Object.fromEntries(TRACKS.map((t) => [t, next(t)])) as Record<Track, number | null>,
    expiryDays: catalogue.pointsExpiryDays,
    entries: entries.map((e) => ({
      id: e.id,
      decisionId: e.decisionId,
      violationType: e.violationType,
      track: e.track,
      points: e.points,
      decidedAt: e.decidedAt,
      expiresAt: e.expiresAt,
      reversed: e.reversed,
      inForce: isInForce(e, now),
    })),
    activeSanctions: sanctions.map(toSanctionView),
  };
}
