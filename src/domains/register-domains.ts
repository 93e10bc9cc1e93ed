import type { Platform } from '../platform/platform.js';
import { registerGovernance } from './governance/index.js';

/** Wires every domain's event handlers and jobs into the platform. */
export function registerDomains(platform: Platform): void {
  registerGovernance(platform);
}
