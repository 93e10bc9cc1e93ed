import type { Db } from '../../../platform/db/database.js';
import { createScreeningEngine, type ScreeningEngine } from '../engine/screen-text.js';
import type { AllowEntry, Lexicon, LexiconEntry } from '../lexicon/lexicon-entry.js';
import { currentSnapshots, currentVersions, type LexiconSnapshot, seedDefaultLexicons } from './lexicon-store.js';

export interface LexiconRuntime {
  /**
   * The engine over the current version of every stored lexicon, and a label of those versions
   * (`allow@2,houbb@1,…`, in name order). Checks the database for a newer version at most once
   * per `ttlMs`; in between it answers from memory.
   */
  current(): Promise<{ engine: ScreeningEngine; version: string }>;
}

interface Current {
  engine: ScreeningEngine;
  version: string;
}

const label = (rows: readonly { name: string; version: number }[]) =>
  rows.map((r) => `${r.name}@${r.version}`).join(',');

/** Builds the engine of one version set: every allow list merged into every terms lexicon. */
export function engineForSnapshots(snapshots: readonly LexiconSnapshot[]): ScreeningEngine {
  const allowLists = snapshots.filter((s) => s.kind === 'allow');
  const allow = allowLists.flatMap((s) => s.entries as AllowEntry[]);
  // The engine caches compiled matchers by lexicon name and version, so a terms lexicon's version
  // must change when an allow list does: it names the allow versions too.
  const allowLabel = label(allowLists);
  const lexicons: Lexicon[] = snapshots
    .filter((s) => s.kind === 'terms')
    .map((s) => ({
      name: s.name,
      version: `${s.version}+${allowLabel}`,
      entries: s.entries as LexiconEntry[],
      allow,
    }));
  return createScreeningEngine(lexicons);
}

/**
 * The screening engine of the lexicons stored in the database, kept fresh across processes: an
 * edit made through any server shows in every process within `ttlMs` (default 1 s), at the cost
 * of one small query per `ttlMs`, and a version set is compiled once. The shipped defaults are
 * seeded when the store is empty.
 */
export function createLexiconRuntime(db: Db, options: { ttlMs?: number } = {}): LexiconRuntime {
  const ttlMs = options.ttlMs ?? 1_000;
  let cached: Current | undefined;
  let resolved: Promise<Current> | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let refreshing: Promise<Current> | undefined;
  let seeded = false;

  async function refresh(): Promise<Current> {
    try {
      let versions = await currentVersions(db);
      if (versions.length === 0 && !seeded) {
        seeded = true;
        await seedDefaultLexicons(db);
        versions = await currentVersions(db);
      }
      if (cached && label(versions) === cached.version) {
        checkedAt = performance.now();
        return cached;
      }
      // The entries are read with their versions in one query, so the label names exactly what
      // was compiled even when an edit lands between the two queries.
      const snapshots = await currentSnapshots(db);
      const next: Current = { engine: engineForSnapshots(snapshots), version: label(snapshots) };
      cached = next;
      resolved = Promise.resolve(next);
      checkedAt = performance.now();
      return next;
    } catch (err) {
      // A database hiccup must not stop screening: keep the last engine and try again later.
      if (cached) {
        checkedAt = performance.now();
        return cached;
      }
      throw err;
    }
  }

  return {
    current() {
      if (resolved && performance.now() - checkedAt < ttlMs) return resolved;
      refreshing ??= refresh().finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
  };
}
