import type { Platform } from '../../platform/platform.js';
import type { EngineSource } from './engine/default-engine.js';
import type { ScreeningEngine } from './engine/screen-text.js';
import { screenComments } from './handlers/comment-posted.js';
import { screenListings } from './handlers/listing-upserted.js';
import { endLiveSessions, screenLiveSegments } from './handlers/live-segment.js';
import { recordListingSales } from './handlers/order-placed.js';
import { type LiveSessionOptions, LiveSessions } from './live/live-sessions.js';
import { type ScreeningSources, screeningSourcesFor, setEngineSource } from './policy/screening-sources.js';
import type { VerdictListener } from './verdict-notice.js';

export interface ScreeningRegistrationOptions {
  /** The engine to screen with; default: the database's engine source (the shipped lexicons unless set). */
  engine?: () => Promise<ScreeningEngine>;
  /** Where the engine comes from, for the routes as well as the handlers (the stored lexicons, say). */
  engines?: EngineSource;
  live?: LiveSessionOptions;
  /** Hears of every verdict other than allow, in the transaction that stored it (governance opens cases). */
  onVerdicts?: VerdictListener;
}

export function registerScreening(platform: Platform, options: ScreeningRegistrationOptions = {}): void {
  if (options.engines) setEngineSource(platform.db, options.engines);
  const shared = screeningSourcesFor(platform.db, platform.clock);
  const engine = options.engine;
  const sources: ScreeningSources = engine
    ? { ...shared, engines: { current: async () => ({ engine: await engine(), version: 'custom' }) } }
    : shared;
  const sessions = new LiveSessions(options.live);
  const listener = options.onVerdicts;
  platform.eventHandlers.on('order.placed', recordListingSales(platform.clock));
  platform.eventHandlers.on('listing.upserted', screenListings(platform.clock, sources, listener));
  platform.eventHandlers.on('comment.posted', screenComments(platform.clock, sources, listener));
  platform.eventHandlers.on('live.segment', screenLiveSegments(platform.clock, sources, sessions, listener));
  platform.eventHandlers.on('live.ended', endLiveSessions(sessions));
}
