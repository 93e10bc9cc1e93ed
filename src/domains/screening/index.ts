/**
 * Screening: finds risky content in listings, live streams, comments, pages and feedback.
 * Today: the engine (normaliser, matcher, lexicons, detectors) behind POST /v1/screen,
 * `xinren scan` and `xinren match`, and the event handlers that screen `listing.upserted` and
 * `live.segment` events, store verdicts (`scr_verdicts`) and publish `listing.blocked`,
 * `listing.flagged` and `stream.stop_requested`.
 */

export type { EngineSource } from './engine/default-engine.js';
export { defaultScreeningEngine } from './engine/default-engine.js';
export type { ScreenFinding, ScreenInput, ScreeningEngine, ScreenResult } from './engine/screen-text.js';
/** The lexicon store: lexicons versioned in the database, its routes, and the engine over its current versions. */
export { createLexiconRuntime, type LexiconRuntime } from './lexicon-store/lexicon-runtime.js';
export { seedDefaultLexicons } from './lexicon-store/lexicon-store.js';
export { lexiconStoreRoutes } from './lexicon-store/lexicon-store.routes.js';
/** The DSA statement categories and keywords (EU Transparency Database keys) policy rules name. */
export { DSA_CATEGORIES, DSA_KEYWORDS, type DsaCategory, type DsaKeyword } from './policy/dsa-enums.js';
export {
  type CompiledPolicy,
  evaluatePolicy,
  type PolicyEvaluation,
  type PolicyRule,
} from './policy/evaluate-policy.js';
/** Versioned screening policies: routes, the runtime that keeps the active and shadow policy compiled, evaluation. */
export { policyRoutes } from './policy/policy.routes.js';
export { type PolicyRuntime, type PolicySnapshot, policyRuntimeFor } from './policy/policy-runtime.js';
/** Makes the routes and handlers over a database screen with another engine source (the stored lexicons). */
export { setEngineSource } from './policy/screening-sources.js';
/** Registers the screening event handlers (listings, live segments, live.ended) on the platform. */
export { registerScreening, type ScreeningRegistrationOptions } from './register.js';
export { ScreeningError, ScreeningErrorCode } from './screening.errors.js';
export { screeningRoutes } from './screening.routes.js';
export type { ScreeningTables } from './screening.tables.js';
/** GET /v1/screening/verdicts: stored verdicts with filters and a cursor. */
export { screeningVerdictsRoutes } from './screening-verdicts.routes.js';
/** Verdicts that need more than an allow, told to listeners inside the transaction that stored them. */
export type { VerdictListener, VerdictNotice } from './verdict-notice.js';
