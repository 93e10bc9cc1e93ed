/** Whether the work a ring announces is visible yet, or waits for its transaction to commit. */
export type Ring = 'committed' | 'before_commit';

/**
 * Tells the worker loops of this process that webhook deliveries were written, so that a stream
 * stop does not wait out an idle sleep. A transaction run through `afterCommit` rings once, after
 * it committed, if it wrote any through the executor it watches; a write through any other
 * executor rings at once, before its commit, and the loop then looks again for a short while
 * until the commit shows it. A worker in another process (`xinren worker`) does not hear it and
 * finds the deliveries at its next poll. (The watched executor is passed along rather than kept
 * in an AsyncLocalStorage, whose promise hooks would cost every request of the process.)
 */
export class WorkBell {
  readonly #listeners = new Set<(ring: Ring) => void>();
  readonly #watched = new WeakMap<object, { written: boolean }>();

  /** Called by what writes deliveries, with the executor (transaction) it writes them through. */
  written(executor: object): void {
    const watch = this.#watched.get(executor);
    if (watch) watch.written = true;
    else this.#ring('before_commit');
  }

  /**
   * Runs a transaction; rings after it returns (committed) if it wrote deliveries through an
   * executor it passed to `watch`.
   */
  async afterCommit<T>(transaction: (watch: <E extends object>(executor: E) => E) => Promise<T>): Promise<T> {
    const state = { written: false };
    const result = await transaction((executor) => {
      this.#watched.set(executor, state);
      return executor;
    });
    if (state.written) this.#ring('committed');
    return result;
  }

  /** Returns the function that stops listening. */
  listen(listener: (ring: Ring) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #ring(ring: Ring): void {
    for (const listener of this.#listeners) listener(ring);
  }
}

/** The process's bell: what writes deliveries rings it, worker loops listen. */
export const workBell = new WorkBell();
