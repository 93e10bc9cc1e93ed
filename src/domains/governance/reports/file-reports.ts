import type { Insertable } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { newId } from '../../../platform/ids.js';
import type { CaseSubjectKind, CaseTargetKind } from '../governance.tables.js';
import { contentLanguageOf } from '../rules/content-language.js';
import {
  DEFAULT_REPORT_RULES,
  dedupeKeyOf,
  MAX_DUPLICATE_IDS,
  type ReportRules,
  reportPriority,
  reportSeverity,
} from './report-rules.js';
import {
  activeTrustedFlaggers,
  existingReportIds,
  findFirstReport,
  insertReports,
  lockDedupeKeys,
  type ReportRow,
  recordDuplicates,
} from './reports.repository.js';
import type { GovReportsTable, ReportSource } from './reports.tables.js';

/** One notice as it arrives, from a `report.filed` event or `POST /v1/reports`. */
export interface ReportInput {
  /** The platform's report id; Xinren makes one (`rpt_…`) when absent. */
  id?: string;
  source: ReportSource;
  filedBy: string;
  reporterId?: string;
  contact?: string;
  targetKind: CaseTargetKind;
  targetId: string;
  subject?: { kind: CaseSubjectKind; id: string };
  category: string;
  explanation: string;
  location?: string;
  goodFaith: boolean;
}

export interface FiledReport {
  report: ReportRow;
  /** `new`: a report of its own; `merged`: a duplicate of `report.mergedInto`; `existing`: this id was filed before. */
  status: 'new' | 'merged' | 'existing';
}

/**
 * Stores reports in the caller's transaction. A report by the same reporter on the same target
 * and category as a first report received within the duplicate window is merged into it: kept
 * with `mergedInto`, counted on the first, and never a case of its own. A reporter who is an
 * active trusted flagger gets a higher priority. An id filed before is answered with its report.
 */
export async function fileReports(
  trx: Db,
  clock: Clock,
  inputs: readonly ReportInput[],
  rules: ReportRules = DEFAULT_REPORT_RULES,
): Promise<FiledReport[]> {
  if (inputs.length === 0) return [];
  const now = clock.now();
  const since = new Date(now.getTime() - rules.duplicateWindowMs);
  const withIds = inputs.map((input) => ({ ...input, id: input.id ?? newId('rpt') }));
  const known = await existingReportIds(
    trx,
    withIds.map((r) => r.id),
  );
  const keys = withIds.map((r) => dedupeKeyOf(r.reporterId ?? r.contact, r.targetKind, r.targetId, r.category));
  await lockDedupeKeys(
    trx,
    keys.filter((k): k is string => k !== null),
  );
  const trusted = await activeTrustedFlaggers(
    trx,
    withIds.flatMap((r) => (r.reporterId ? [r.reporterId] : [])),
  );

  // The first report of each key: one stored before within the window, or the first of this batch.
  const firstOf = new Map<string, { id: string; caseId: string | null } | null>();
  const merges = new Map<string, string[]>();
  const rows: Insertable<GovReportsTable>[] = [];
  const statusOf = new Map<string, FiledReport['status']>();
  const seen = new Set<string>();
  for (const [i, r] of withIds.entries()) {
    if (known.has(r.id) || seen.has(r.id)) {
      statusOf.set(r.id, 'existing');
      continue;
    }
    seen.add(r.id);
    const key = keys[i] ?? null;
    let first: { id: string; caseId: string | null } | null = null;
    if (key !== null) {
      if (!firstOf.has(key)) {
        const stored = await findFirstReport(trx, key, since);
        firstOf.set(key, stored ? { id: stored.id, caseId: stored.caseId } : null);
      }
      first = firstOf.get(key) ?? null;
      if (first === null) firstOf.set(key, { id: r.id, caseId: null });
    }
    const isTrusted = r.reporterId !== undefined && trusted.has(r.reporterId);
    rows.push({
      id: r.id,
      source: r.source,
      filedBy: r.filedBy,
      reporterId: r.reporterId ?? null,
      reporterContact: r.contact ?? null,
      targetKind: r.targetKind,
      targetId: r.targetId,
      subjectKind: r.subject?.kind ?? null,
      subjectId: r.subject?.id ?? null,
      category: r.category,
      explanation: r.explanation,
      location: r.location ?? null,
      goodFaith: r.goodFaith,
      trustedFlagger: isTrusted ? (r.reporterId ?? null) : null,
      priority: reportPriority(reportSeverity(r.category, rules), isTrusted),
      language: contentLanguageOf(r.explanation),
      dedupeKey: key,
      mergedInto: first?.id ?? null,
      duplicateIds: '[]',
      caseId: first?.caseId ?? null,
      outcome: null,
      decidedAt: null,
      receivedAt: now,
    });
    statusOf.set(r.id, first ? 'merged' : 'new');
    if (first) merges.set(first.id, [...(merges.get(first.id) ?? []), r.id]);
  }
  const inserted = await insertReports(trx, rows);
  for (const [firstId, ids] of merges) {
    const stored = inserted.find((row) => row.id === firstId);
    const room = Math.max(0, MAX_DUPLICATE_IDS - (stored ? 0 : await duplicateIdsHeld(trx, firstId)));
    await recordDuplicates(trx, firstId, ids.length, ids.slice(0, room));
  }
  // Read back after the merges, so first reports show their duplicates.
  const byId = new Map((await reportsById(trx, [...statusOf.keys()])).map((row) => [row.id, row]));
  return withIds.flatMap((r) => {
    const report = byId.get(r.id);
    const status = statusOf.get(r.id);
    return report && status ? [{ report, status }] : [];
  });
}

async function duplicateIdsHeld(trx: Db, id: string): Promise<number> {
  const row = await trx.selectFrom('govReports').select('duplicateIds').where('id', '=', id).executeTakeFirst();
  return Array.isArray(row?.duplicateIds) ? row.duplicateIds.length : 0;
}

async function reportsById(trx: Db, ids: readonly string[]): Promise<ReportRow[]> {
  if (ids.length === 0) return [];
  return trx.selectFrom('govReports').selectAll().where('id', 'in', ids).execute();
}
