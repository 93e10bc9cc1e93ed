/**
 * Screening: finds risky content in listings, live streams, comments, pages and feedback.
 * Today: the engine (normaliser, matcher, lexicons, detectors) behind POST /v1/screen,
 * `xinren scan` and `xinren match`.
 */
export { defaultScreeningEngine } from './engine/default-engine.js';
export type { ScreenFinding, ScreenInput, ScreeningEngine, ScreenResult } from './engine/screen-text.js';
export { ScreeningError, ScreeningErrorCode } from './screening.errors.js';
export { screeningRoutes } from './screening.routes.js';
