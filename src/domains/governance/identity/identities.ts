import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import {
  countFingerprints,
  findStanding,
  findStandingMatches,
  lockStanding,
  type SubjectRef,
  upsertFingerprints,
  writeStanding,
} from './identity.repository.js';
import {
  hashIdentifiers,
  IDENTIFIER_KINDS,
  type IdentifierKind,
  type Identifiers,
  type IdentitySubjectKind,
} from './identity-hash.js';
import {
  type AccountStanding,
  answerForMatch,
  answerRank,
  DEFAULT_ONBOARDING_RULES,
  graverAnswer,
  type OnboardingAnswer,
  type OnboardingRule,
} from './onboarding-rules.js';

export const DECISIONS_ACTOR = 'system:decisions';

export interface StandingView {
  subject: SubjectRef;
  banned: boolean;
  bannedAt: Date | null;
  banReason: string | null;
  suspendedUntil: Date | null;
  /** How many hashes of each identifier kind the account has on file. */
  identifiers: Record<string, number>;
}

async function standingView(db: Db, subject: SubjectRef): Promise<StandingView> {
  const row = await findStanding(db, subject);
  return {
    subject,
    banned: row?.banned ?? false,
    bannedAt: row?.bannedAt ?? null,
    banReason: row?.banReason ?? null,
    suspendedUntil: row?.suspendedUntil ?? null,
    identifiers: await countFingerprints(db, subject),
  };
}

/**
 * Stores the keyed hashes of a merchant's or host's identifiers (never the values). Sending the
 * same identifier again only refreshes when it was last seen; a new phone is added beside the old.
 */
export async function recordIdentities(
  db: Db,
  clock: Clock,
  secret: string,
  subject: SubjectRef,
  identifiers: Identifiers,
): Promise<StandingView> {
  await upsertFingerprints(db, subject, hashIdentifiers(secret, identifiers), clock.now());
  return standingView(db, subject);
}

export async function getStanding(db: Db, subject: SubjectRef): Promise<StandingView> {
  return standingView(db, subject);
}

/**
 * Marks an account banned (terminated), in the caller's transaction, with an audit entry: its
 * identifiers then deny or send to review whoever opens a new account with them. Called by the
 * decision that terminates the account, and by a lead.
 * @example await markBanned(trx, clock, 'merchant', 'mch-9', 'terminated: counterfeit, third time')
 */
export async function markBanned(
  trx: Db,
  clock: Clock,
  subjectKind: IdentitySubjectKind,
  subjectId: string,
  reason: string,
  actor: string = DECISIONS_ACTOR,
): Promise<void> {
  const subject = { kind: subjectKind, id: subjectId };
  const now = clock.now();
  const before = await lockStanding(trx, subject);
  if (before?.banned) return;
  await writeStanding(trx, subject, { banned: true, bannedAt: now, banReason: reason, bannedBy: actor }, now);
  await appendAudit(trx, clock, {
    actor,
    action: 'account.banned',
    subject: `${subjectKind}:${subjectId}`,
    before: { banned: false },
    after: { banned: true },
    reason,
  });
}

/** Lifts a ban (a reversed termination, a mistaken ban), with an audit entry. */
export async function clearBan(
  trx: Db,
  clock: Clock,
  subjectKind: IdentitySubjectKind,
  subjectId: string,
  reason: string,
  actor: string = DECISIONS_ACTOR,
): Promise<void> {
  const subject = { kind: subjectKind, id: subjectId };
  const now = clock.now();
  const before = await lockStanding(trx, subject);
  if (!before?.banned) return;
  await writeStanding(trx, subject, { banned: false, bannedAt: null, banReason: null, bannedBy: null }, now);
  await appendAudit(trx, clock, {
    actor,
    action: 'account.unbanned',
    subject: `${subjectKind}:${subjectId}`,
    before: { banned: true, bannedAt: before.bannedAt?.toISOString() ?? null, banReason: before.banReason },
    after: { banned: false },
    reason,
  });
}

/**
 * Records that an account is suspended until a time (null lifts it), for the onboarding check:
 * a new account matching a currently suspended one goes to review. The sanction that suspends
 * carries its own audit entry.
 */
export async function markSuspended(
  trx: Db,
  clock: Clock,
  subjectKind: IdentitySubjectKind,
  subjectId: string,
  until: Date | null,
  reason: string | null,
): Promise<void> {
  await writeStanding(
    trx,
    { kind: subjectKind, id: subjectId },
    { suspendedUntil: until, suspensionReason: until === null ? null : reason },
    clock.now(),
  );
}

export interface OnboardingMatch {
  subject: SubjectRef;
  standing: AccountStanding;
  /** The identifier kinds the applicant shares with this account. */
  identifierKinds: IdentifierKind[];
  answer: OnboardingAnswer;
  bannedAt: Date | null;
  suspendedUntil: Date | null;
}

export interface OnboardingResult {
  answer: OnboardingAnswer;
  /** The banned or suspended accounts matched, gravest first. */
  matches: OnboardingMatch[];
}

/**
 * Whether someone opening a shop or host account is a banned or suspended account coming back:
 * deny, review or allow by the rules, naming every account matched and the identifiers matched.
 * The applicant's own account (when it already has one) is not matched against itself.
 */
export async function checkOnboarding(
  db: Db,
  clock: Clock,
  secret: string,
  input: { identifiers: Identifiers; applicant?: SubjectRef },
  rules: readonly OnboardingRule[] = DEFAULT_ONBOARDING_RULES,
): Promise<OnboardingResult> {
  const now = clock.now();
  const rows = await findStandingMatches(db, hashIdentifiers(secret, input.identifiers), now);
  const byAccount = new Map<string, Omit<OnboardingMatch, 'answer'>>();
  for (const r of rows) {
    if (input.applicant && r.subjectKind === input.applicant.kind && r.subjectId === input.applicant.id) continue;
    const key = `${r.subjectKind}\u0000${r.subjectId}`;
    let m = byAccount.get(key);
    if (!m) {
      m = {
        subject: { kind: r.subjectKind, id: r.subjectId },
        standing: r.banned ? 'banned' : 'suspended',
        identifierKinds: [],
        bannedAt: r.bannedAt,
        suspendedUntil: r.suspendedUntil,
      };
      byAccount.set(key, m);
    }
    if (!m.identifierKinds.includes(r.identifierKind)) m.identifierKinds.push(r.identifierKind);
  }
  let answer: OnboardingAnswer = 'allow';
  const matches: OnboardingMatch[] = [];
  for (const m of byAccount.values()) {
    const a = answerForMatch({ standing: m.standing, matchedKinds: m.identifierKinds }, rules);
    answer = graverAnswer(answer, a);
    matches.push({ ...m, answer: a });
  }
  for (const m of matches) m.identifierKinds.sort((a, b) => IDENTIFIER_KINDS.indexOf(a) - IDENTIFIER_KINDS.indexOf(b));
  matches.sort((x, y) => answerRank(y.answer) - answerRank(x.answer));
  return { answer, matches };
}
