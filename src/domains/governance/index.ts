import type { Platform } from '../../platform/platform.js';
import { acknowledgeReports } from './report-acknowledgement.js';

/** Governance: reports, cases and decisions. Today it acknowledges every report it receives. */
export function registerGovernance(platform: Platform): void {
  platform.eventHandlers.on('report.filed', acknowledgeReports(platform.clock));
}
