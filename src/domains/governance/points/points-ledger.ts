import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import {
  DAY_MS,
  expiryOf,
  type Firing,
  firingsNoLongerReached,
  thresholdsToFire,
  totalInForce,
} from '../rules/points-ladder.js';
import { UNKNOWN_SUBJECT } from '../rules/unknown-subject.js';
import type { LadderStep, Track, ViolationCatalogue } from '../rules/violation-catalogue.js';
import {
  type FiringRow,
  firingsOfDecision,
  insertEntry,
  insertFiring,
  listEntries,
  listFirings,
  lockLedger,
  type PointEntryRow,
  reverseEntryOf,
  reverseFirings,
  type SubjectRef,
} from './points.repository.js';

// The ledger of a merchant's or host's penalty points, and the ladder applied to it. Comment
// authors (users) keep no ledger, nor does the stand-in for a merchant a case does not know yet.

export function keepsLedger(subject: SubjectRef): boolean {
  return (subject.kind === 'merchant' || subject.kind === 'host') && subject.id !== UNKNOWN_SUBJECT;
}

const windowMs = (c: ViolationCatalogue) => c.pointsExpiryDays * DAY_MS;

const asFiring = (f: FiringRow): Firing => ({
  track: f.track,
  points: f.points,
  firedAt: f.firedAt,
  reversed: f.reversed,
});

/**
 * The ladder steps a decision adding these points now would fire: to tell, before anything is
 * written, whether the decision needs a second reviewer. Locks the subject's ledger.
 */
export async function projectLadder(
  trx: Db,
  catalogue: ViolationCatalogue,
  subject: SubjectRef,
  track: Track,
  points: number,
  now: Date,
): Promise<LadderStep[]> {
  if (!keepsLedger(subject)) return [];
  await lockLedger(trx, subject);
  const entries = await listEntries(trx, subject);
  const total = totalInForce(entries, track, now) + points;
  const firings = (await listFirings(trx, subject, track)).map(asFiring);
  return thresholdsToFire(catalogue.ladder[track], track, total, firings, now, windowMs(catalogue));
}

export interface RecordedPoints {
  entry: PointEntryRow;
  fired: { firing: FiringRow; step: LadderStep }[];
}

/** Records a decision's points and the thresholds they make the total cross (each once per window). */
export async function recordPoints(
  trx: Db,
  catalogue: ViolationCatalogue,
  decision: { id: string; subject: SubjectRef; violationType: string; track: Track; points: number },
  now: Date,
): Promise<RecordedPoints | null> {
  if (!keepsLedger(decision.subject)) return null;
  await lockLedger(trx, decision.subject);
  const entry = await insertEntry(trx, {
    id: newId('pts'),
    decisionId: decision.id,
    subjectKind: decision.subject.kind,
    subjectId: decision.subject.id,
    violationType: decision.violationType,
    track: decision.track,
    points: decision.points,
    decidedAt: now,
    expiresAt: expiryOf(now, catalogue.pointsExpiryDays),
    reversed: false,
    reversedAt: null,
  });
  const total = totalInForce(await listEntries(trx, decision.subject), decision.track, now);
  const firings = (await listFirings(trx, decision.subject, decision.track)).map(asFiring);
  const steps = thresholdsToFire(
    catalogue.ladder[decision.track],
    decision.track,
    total,
    firings,
    now,
    windowMs(catalogue),
  );
  const fired: RecordedPoints['fired'] = [];
  for (const step of steps) {
    const firing = await insertFiring(trx, {
      id: newId('pfr'),
      subjectKind: decision.subject.kind,
      subjectId: decision.subject.id,
      track: decision.track,
      points: step.points,
      decisionId: decision.id,
      firedAt: now,
      reversed: false,
      reversedAt: null,
    });
    fired.push({ firing, step });
  }
  return { entry, fired };
}

export interface ReturnedPoints {
  entry: PointEntryRow | undefined;
  /** Firings this decision caused, and firings of other decisions the new total no longer reaches. */
  reversedFirings: FiringRow[];
}

/** Gives a reversed decision's points back, and takes back thresholds the total no longer reaches. */
export async function returnPoints(
  trx: Db,
  catalogue: ViolationCatalogue,
  decision: { id: string; subject: SubjectRef; track: Track | null },
  now: Date,
): Promise<ReturnedPoints> {
  if (!keepsLedger(decision.subject) || decision.track === null) return { entry: undefined, reversedFirings: [] };
  await lockLedger(trx, decision.subject);
  const entry = await reverseEntryOf(trx, decision.id, now);
  const own = await firingsOfDecision(trx, decision.id);
  const total = totalInForce(await listEntries(trx, decision.subject), decision.track, now);
  const others = (await listFirings(trx, decision.subject, decision.track)).filter(
    (f) => !f.reversed && f.decisionId !== decision.id,
  );
  const unreached = firingsNoLongerReached(
    others.map((f) => ({ ...asFiring(f), row: f })),
    decision.track,
    total,
    now,
    windowMs(catalogue),
  ).map((f) => f.row);
  const reversedFirings = [...own, ...unreached];
  await reverseFirings(
    trx,
    reversedFirings.map((f) => f.id),
    now,
  );
  return { entry, reversedFirings };
}
