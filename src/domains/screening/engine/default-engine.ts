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
