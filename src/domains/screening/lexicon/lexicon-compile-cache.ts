import type { Lexicon } from './lexicon-entry.js';

export interface CompileCache<T> {
  /** The compiled form of this lexicon version, compiling it only on the first request. */
  compiledFor(lexicon: Lexicon): T;
  readonly size: number;
  clear(): void;
}

// A version is immutable (every edit makes a new one), so (name, version) identifies a compile
// result for good. A few versions stay warm: the active one, a shadow one, and the ones a backtest
// or an editor's "try it" box is running, while old ones fall out instead of piling up.
export function createCompileCache<T>(
  compile: (lexicon: Lexicon) => T,
  options: { capacity?: number } = {},
): CompileCache<T> {
  const capacity = options.capacity ?? 8;
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  // A Map iterates in insertion order, so re-inserting on a hit makes its first key the least
  // recently used.
  const entries = new Map<string, T>();
  return {
    compiledFor(lexicon) {
      const key = `${lexicon.name}\u0000${lexicon.version}`;
      if (entries.has(key)) {
        const hit = entries.get(key) as T;
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const compiled = compile(lexicon);
      entries.set(key, compiled);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return compiled;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
