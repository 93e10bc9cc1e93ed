import type { Platform } from '../../../platform/platform.js';
import { CASES_FROM_REPORTS_JOB, casesFromReportsJob, reportsFromEvents } from './report-intake.js';

/** Stores `report.filed` events as reports and registers the job that opens their cases. */
export function registerReports(platform: Platform): void {
  platform.eventHandlers.on('report.filed', reportsFromEvents(platform.clock));
  platform.jobs.register(CASES_FROM_REPORTS_JOB, casesFromReportsJob(platform.clock));
}
