import type { Platform } from '../platform/platform.js';
import { screeningVerdictsOpenCases } from '../workflows/screening-verdicts-open-cases.js';
import { registerGovernance } from './governance/index.js';
import { registerScreening } from './screening/index.js';

export interface DomainOptions {
  /**
   * Several processes share the database (DATABASE_URL is set): state that a domain would keep in
   * memory, such as a live session's screening state, is kept in the database instead.
   */
  sharedDatabase?: boolean;
}

/** Wires every domain's event handlers and jobs into the platform. */
export function registerDomains(platform: Platform, options: DomainOptions = {}): void {
  registerGovernance(platform);
  registerScreening(platform, {
    live: { shared: options.sharedDatabase === true },
    onVerdicts: screeningVerdictsOpenCases(platform),
  });
}
