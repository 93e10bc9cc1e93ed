import type { Db } from '../../../platform/db/database.js';
import type { ViolationCatalogue } from '../rules/violation-catalogue.js';
import { exportDsaStatements } from './dsa-queries.js';
import { DAY_MS, type DsaRange } from './dsa-range.js';

/** Days of decisions read at a time: bounds memory on long exports. */
export const EXPORT_WINDOW_DAYS = 7;

export interface DsaExportProgress {
  /** The end of the window just written. */
  through: Date;
  written: number;
  skipped: number;
}

export interface DsaExportSummary {
  written: number;
  skipped: number;
}

/**
 * Writes the statements of [from, to) as one JSON array, a window at a time, so a year of
 * decisions never sits in memory at once. `write` gets the text in order; `progress` hears after
 * each window.
 */
export async function writeDsaExport(
  db: Db,
  catalogue: ViolationCatalogue,
  range: DsaRange,
  write: (chunk: string) => Promise<void> | void,
  progress?: (p: DsaExportProgress) => void,
): Promise<DsaExportSummary> {
  const summary: DsaExportSummary = { written: 0, skipped: 0 };
  await write('[');
  for (let start = range.from.getTime(); start < range.to.getTime(); start += EXPORT_WINDOW_DAYS * DAY_MS) {
    const through = new Date(Math.min(start + EXPORT_WINDOW_DAYS * DAY_MS, range.to.getTime()));
    const { statements, skipped } = await exportDsaStatements(db, catalogue, { from: new Date(start), to: through });
    for (const s of statements) {
      await write(`${summary.written === 0 ? '\n' : ',\n'}${JSON.stringify(s)}`);
      summary.written++;
    }
    summary.skipped += skipped;
    progress?.({ through, ...summary });
  }
  await write(summary.written === 0 ? ']\n' : '\n]\n');
  return summary;
}
