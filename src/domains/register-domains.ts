import type { Platform } from '../platform/platform.js';
import { registerGovernance } from './governance/index.js';
import { registerScreening } from './screening/index.js';

/** Wires every domain's event handlers and jobs into the platform. */
export function registerDomains(platform: Platform): void {
  registerGovernance(platform);
  registerScreening(platform);
}
