import type { Platform } from '../../platform/platform.js';
import { defaultScreeningEngine } from './engine/default-engine.js';
import type { ScreeningEngine } from './engine/screen-text.js';
import { screenListings } from './handlers/listing-upserted.js';
import { endLiveSessions, screenLiveSegments } from './handlers/live-segment.js';
import { type LiveSessionOptions, LiveSessions } from './live/live-sessions.js';

export interface ScreeningRegistrationOptions {
  /** The engine to screen with; default: the shipped lexicons. */
  engine?: () => Promise<ScreeningEngine>;
  live?: LiveSessionOptions;
}

export function registerScreening(platform: Platform, options: ScreeningRegistrationOptions = {}): void {
  const engine = options.engine ?? defaultScreeningEngine;
  const sessions = new LiveSessions(options.live);
  platform.eventHandlers.on('listing.upserted', screenListings(platform.clock, engine));
  platform.eventHandlers.on('live.segment', screenLiveSegments(platform.clock, engine, sessions));
  platform.eventHandlers.on('live.ended', endLiveSessions(sessions));
}
