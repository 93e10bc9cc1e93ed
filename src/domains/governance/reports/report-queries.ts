import type { Db } from '../../../platform/db/database.js';
import { GovernanceError, GovernanceErrorCode } from '../governance.errors.js';
import { type ReportView, toReportView } from './report-view.js';
import { findReport, listReportRows, type ReportFilters } from './reports.repository.js';

export interface ReportPage {
  items: ReportView[];
  nextBefore: string | null;
}

export async function listReports(db: Db, filters: ReportFilters): Promise<ReportPage> {
  const rows = await listReportRows(db, filters);
  const page = rows.slice(0, filters.limit);
  return {
    items: page.map(toReportView),
    nextBefore: rows.length > filters.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}

export async function getReport(db: Db, id: string): Promise<ReportView> {
  const row = await findReport(db, id);
  if (!row) throw new GovernanceError(GovernanceErrorCode.ReportNotFound, `no report ${id}`);
  return toReportView(row);
}
