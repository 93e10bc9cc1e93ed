import type { Db } from '../../../platform/db/database.js';
import { loadDefaultLexicons } from '../lexicon/default-lexicons.js';
import { createScreeningEngine, type ScreeningEngine } from './screen-text.js';

// The engine over the shipped lexicons (data/lexicons/), built on first use and shared after.

let pending: Promise<ScreeningEngine> | undefined;

/** The default screening engine; loads and compiles the default lexicons once per process. */
export function defaultScreeningEngine(): Promise<ScreeningEngine> {
  pending ??= loadDefaultLexicons()
    .then((lexicons) => createScreeningEngine(lexicons))
    .catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
  return pending;
}

/** Where routes and handlers get the engine to screen with, and a label of its lexicon versions. */
export interface EngineSource {
  /** `executor`: the transaction the caller is in, if any (the stored-lexicon source needs to know). */
  current(executor?: Db): Promise<{ engine: ScreeningEngine; version: string }>;
}

/** The engine over the shipped lexicons, as an engine source. */
export const shippedEngineSource: EngineSource = {
  current: async () => ({ engine: await defaultScreeningEngine(), version: 'shipped' }),
};
