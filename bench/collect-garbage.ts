import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection on demand, without starting node with --expose-gc: the flag is set
// at run time, and a new context picks up the `gc` function it adds.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects what an earlier part of a bench left behind (a closed PGlite's heap is a few hundred
 * MB), so that the next part's measurement does not pay for it: a major collection of that size
 * pauses the event loop for tens of milliseconds.
 */
export function collectGarbage(): void {
  gc();
}
