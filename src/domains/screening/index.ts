/**
 * Screening: finds risky content in listings, live streams, comments, pages and feedback.
 * Today: the engine (normaliser, matcher, lexicons, detectors) behind POST /v1/screen,
 * `xinren scan` and `xinren match`, and the event handlers that screen `listing.upserted` and
 * `live.segment` events, store verdicts (`scr_verdicts`) and publish `listing.blocked`,
 * `listing.flagged` and `stream.stop_requested`.
 */
export { defaultScreeningEngine } from './engine/default-engine.js';
export type { ScreenFinding, ScreenInput, ScreeningEngine, ScreenResult } from './engine/screen-text.js';
/** Registers the screening event handlers (listings, live segments, live.ended) on the platform. */
export { registerScreening, type ScreeningRegistrationOptions } from './register.js';
export { ScreeningError, ScreeningErrorCode } from './screening.errors.js';
export { screeningRoutes } from './screening.routes.js';
export type { ScreeningTables } from './screening.tables.js';
