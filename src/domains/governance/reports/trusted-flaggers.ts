import { appendAudit } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import {
  countFlaggerReports,
  findTrustedFlagger,
  listTrustedFlaggerRows,
  revokeTrustedFlaggerRow,
  type TrustedFlaggerRow,
  upsertTrustedFlagger,
} from './reports.repository.js';

export interface TrustedFlaggerView {
  reporterId: string;
  name: string;
  note: string | null;
  active: boolean;
  grantedBy: string;
  grantedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  /** Their first reports filed while trusted; of those, decided, and decided as a violation. */
  reports: { filed: number; decided: number; violated: number };
  /** violated / decided; null before any of their reports is decided. */
  accuracy: number | null;
}

function viewOf(row: TrustedFlaggerRow, counts?: { filed: number; decided: number; violated: number }) {
  const reports = counts ?? { filed: 0, decided: 0, violated: 0 };
  return {
    reporterId: row.reporterId,
    name: row.name,
    note: row.note,
    active: row.active,
    grantedBy: row.grantedBy,
    grantedAt: row.grantedAt,
    revokedBy: row.revokedBy,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
    reports: { filed: reports.filed, decided: reports.decided, violated: reports.violated },
    accuracy: reports.decided === 0 ? null : reports.violated / reports.decided,
  } satisfies TrustedFlaggerView;
}

export async function listTrustedFlaggers(db: Db, filter: { active?: boolean } = {}): Promise<TrustedFlaggerView[]> {
  const rows = await listTrustedFlaggerRows(db, filter.active);
  const counts = new Map(
    (
      await countFlaggerReports(
        db,
        rows.map((r) => r.reporterId),
      )
    ).map((c) => [c.reporterId, c]),
  );
  return rows.map((r) => viewOf(r, counts.get(r.reporterId)));
}

async function viewOfOne(db: Db, row: TrustedFlaggerRow): Promise<TrustedFlaggerView> {
  const [counts] = await countFlaggerReports(db, [row.reporterId]);
  return viewOf(row, counts);
}

/** Grants (or grants again) trusted-flagger status to a reporter id, with an audit entry. */
export async function grantTrustedFlagger(
  trx: Db,
  clock: Clock,
  input: { reporterId: string; name: string; note?: string; actor: string },
): Promise<TrustedFlaggerView> {
  const now = clock.now();
  const before = await findTrustedFlagger(trx, input.reporterId);
  const row = await upsertTrustedFlagger(trx, {
    reporterId: input.reporterId,
    name: input.name,
    note: input.note ?? null,
    active: true,
    grantedBy: input.actor,
    grantedAt: now,
    revokedBy: null,
    revokedAt: null,
    revokeReason: null,
    updatedAt: now,
  });
  await appendAudit(trx, clock, {
    actor: input.actor,
    action: 'trusted_flagger.granted',
    subject: `reporter:${input.reporterId}`,
    before: before ? { active: before.active, name: before.name } : null,
    after: { active: true, name: row.name, note: row.note },
    reason: input.note ?? null,
  });
  return viewOfOne(trx, row);
}

/** Revokes the status; reports already filed keep their place and count towards accuracy. */
export async function revokeTrustedFlagger(
  trx: Db,
  clock: Clock,
  input: { reporterId: string; reason?: string; actor: string },
): Promise<TrustedFlaggerView> {
  const before = await findTrustedFlagger(trx, input.reporterId);
  if (!before) {
    throw new GovernanceError(GovernanceErrorCode.TrustedFlaggerNotFound, `no trusted flagger ${input.reporterId}`);
  }
  if (!before.active) return viewOfOne(trx, before);
  const row = await revokeTrustedFlaggerRow(trx, input.reporterId, input.actor, clock.now(), input.reason ?? null);
  await appendAudit(trx, clock, {
    actor: input.actor,
    action: 'trusted_flagger.revoked',
    subject: `reporter:${input.reporterId}`,
    before: { active: true, name: before.name },
    after: { active: false },
    reason: input.reason ?? null,
  });
  return viewOfOne(trx, row ?? before);
}
