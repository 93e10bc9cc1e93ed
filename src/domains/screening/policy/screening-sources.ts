import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type EngineSource, shippedEngineSource } from '../engine/default-engine.js';
import type { ScreeningEngine } from '../engine/screen-text.js';
import { createLexiconRuntime, engineForSnapshots } from '../lexicon-store/lexicon-runtime.js';
import { currentSnapshots } from '../lexicon-store/lexicon-store.js';
import { type PolicyRuntime, policyRuntimeFor } from './policy-runtime.js';

// What the screening routes and event handlers of one database decide with: the engine (lexicons)
// and the policies. Kept per database handle so the routes (built by buildApp) and the handlers
// (registered by registerScreening) share one cache without being wired to each other.

const engines = new WeakMap<Db, EngineSource>();

const NOT_YET: unique symbol = Symbol('not yet');

type Current = { engine: ScreeningEngine; version: string };

/**
 * The lexicons stored in the database, for callers that may be inside a transaction. The runtime
 * reads through its own connection; on the embedded database one transaction runs at a time, so a
 * caller inside a transaction must never wait for one of the runtime's reads: it would wait for
 * its own transaction to end, for ever. Such a caller takes the runtime's engine when the runtime
 * answers from memory, and otherwise the engine last loaded, while the runtime's refresh (or the
 * seed of an empty store) runs after that transaction: an edit shows there one transaction later
 * than elsewhere. Before anything is loaded, it reads the current versions through its own
 * transaction (or, from an empty store, gets the shipped lexicons, which is exactly what the seed
 * will hold).
 */
export function storedLexiconSource(db: Db): EngineSource {
  const runtime = createLexiconRuntime(db);
  let last: Current | undefined;
  return {
    async current(executor?: Db) {
      if (!executor?.isTransaction) {
        last = await runtime.current();
        return last;
      }
      const next = runtime.current();
      // Of two settled promises, race takes the first listed: the runtime's when it answers from memory.
      const now = await Promise.race<Current | typeof NOT_YET>([next, NOT_YET]).catch((): typeof NOT_YET => NOT_YET);
      if (now !== NOT_YET) {
        last = now;
        return now;
      }
      next.then(
        (current) => {
          last = current;
        },
        () => {},
      );
      if (last) return last;
      const snapshots = await currentSnapshots(executor);
      if (snapshots.length === 0) return shippedEngineSource.current();
      last = {
        engine: engineForSnapshots(snapshots),
        version: snapshots.map((x) => `${x.name}@${x.version}`).join(','),
      };
      return last;
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
