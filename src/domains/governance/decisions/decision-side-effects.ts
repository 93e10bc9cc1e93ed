import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { clearBan, markBanned, markSuspended } from '../identity/identities.js';
import { IDENTITY_SUBJECT_KINDS, type IdentitySubjectKind } from '../identity/identity-hash.js';
import { recordReportOutcome } from '../reports/report-outcome.js';
import type { DecisionRow, SanctionRow } from './decisions.repository.js';

// What a decision means beyond its own sanctions: the reporters of its case hear the outcome
// (report.decided, and trusted flaggers' accuracy), and the account's standing, which the
// onboarding check reads, follows a termination or a suspension.

const SUSPENSIONS = new Set(['suspend_account', 'suspend_live']);

const isIdentitySubject = (kind: string): kind is IdentitySubjectKind =>
  (IDENTITY_SUBJECT_KINDS as readonly string[]).includes(kind);

/** After a decision took effect with these sanctions (its own and any its points triggered). */
export async function afterDecisionInEffect(
  trx: Db,
  clock: Clock,
  d: DecisionRow,
  sanctions: readonly SanctionRow[],
  reason: string,
): Promise<void> {
  await recordReportOutcome(trx, clock, d.caseId, d.violationType !== null);
  if (!isIdentitySubject(d.subjectKind)) return;
  if (sanctions.some((s) => s.action === 'terminate_account')) {
    await markBanned(trx, clock, d.subjectKind, d.subjectId, reason);
    return;
  }
  let until: Date | null = null;
  for (const s of sanctions) {
    if (!SUSPENSIONS.has(s.action) || s.endsAt === null) continue;
    if (until === null || s.endsAt > until) until = s.endsAt;
  }
  if (until) await markSuspended(trx, clock, d.subjectKind, d.subjectId, until, reason);
}

/** After a decision was reversed and these sanctions lifted. */
export async function afterDecisionReversed(
  trx: Db,
  clock: Clock,
  d: DecisionRow,
  lifted: readonly SanctionRow[],
  reason: string,
): Promise<void> {
  await recordReportOutcome(trx, clock, d.caseId, false);
  if (!isIdentitySubject(d.subjectKind)) return;
  if (lifted.some((s) => s.action === 'terminate_account')) {
    await clearBan(trx, clock, d.subjectKind, d.subjectId, reason);
  }
  if (lifted.some((s) => SUSPENSIONS.has(s.action))) {
    await markSuspended(trx, clock, d.subjectKind, d.subjectId, null, null);
  }
}
