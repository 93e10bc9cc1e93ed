import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type EngineSource, shippedEngineSource } from '../engine/default-engine.js';
import { createLexiconRuntime } from '../lexicon-store/lexicon-runtime.js';
import { type PolicyRuntime, policyRuntimeFor } from './policy-runtime.js';

// What the screening routes and event handlers of one database decide with: the engine (lexicons)
// and the policies. Kept per database handle so the routes (built by buildApp) and the handlers
// (registered by registerScreening) share one cache without being wired to each other.

const engines = new WeakMap<Db, EngineSource>();

/**
 * The lexicons stored in the database, for callers that may be inside a transaction. On the
 * embedded database one transaction runs at a time, so the runtime's first refresh, which seeds
 * an empty store in a transaction of its own, must not be awaited from inside another: while the
 * store is empty, a caller in a transaction gets the shipped lexicons (exactly what the seed will
 * hold) and the seed runs after it.
 */
export function storedLexiconSource(db: Db): EngineSource {
  const runtime = createLexiconRuntime(db);
  let seeded = false;
  return {
    async current(executor?: Db) {
      if (!seeded && executor?.isTransaction) {
        const any = await executor.selectFrom('scrLexicons').select('name').limit(1).executeTakeFirst();
        if (!any) {
          runtime.current().then(
            () => {
              seeded = true;
            },
            () => {},
          );
          return shippedEngineSource.current();
        }
      }
      const current = await runtime.current();
      seeded = true;
      return current;
    },
  };
}

/** The engine source of a database: the lexicons stored in it, unless another source was set. */
export function engineSourceFor(db: Db): EngineSource {
  let source = engines.get(db);
  if (!source) {
    source = storedLexiconSource(db);
    engines.set(db, source);
  }
  return source;
}

/** Makes every route and handler over this database screen with `source`. */
export function setEngineSource(db: Db, source: EngineSource): void {
  engines.set(db, source);
}

export interface ScreeningSources {
  engines: EngineSource;
  policies: PolicyRuntime;
}

export function screeningSourcesFor(db: Db, clock: Clock): ScreeningSources {
  // Looked up per call: an engine source set after registration still takes effect.
  return {
    engines: { current: (executor?: Db) => engineSourceFor(db).current(executor) },
    policies: policyRuntimeFor(db, clock),
  };
}
