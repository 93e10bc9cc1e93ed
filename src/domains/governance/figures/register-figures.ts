import type { Platform } from '../../../platform/platform.js';
import { ordersFromOrderPlaced, viewersFromLiveEnded } from './exposure-recorder.js';

/** Records the viewers and orders that report rates are measured against, as events arrive. */
export function registerFigures(platform: Platform): void {
  platform.eventHandlers.on('live.ended', viewersFromLiveEnded(platform.clock));
  platform.eventHandlers.on('order.placed', ordersFromOrderPlaced(platform.clock));
}
