import { AsyncLocalStorage } from 'node:async_hooks';

/** Whether the work a ring announces is visible yet, or waits for its transaction to commit. */
export type Ring = 'committed' | 'before_commit';

/**
 * Tells the worker loops of this process that webhook deliveries were written, so that a stream
 * stop does not wait out an idle sleep. A transaction run through `afterCommit` rings once, after
 * it committed, if it wrote any; a write anywhere else rings at once, before its commit, and the
 * loop then looks again for a short while until the commit shows it. A worker in another process
 * (`xinren worker`) does not hear it and finds the deliveries at its next poll.
 */
export class WorkBell {
  readonly #listeners = new Set<(ring: Ring) => void>();
  readonly #scope = new AsyncLocalStorage<{ written: boolean }>();

  /** Called by what writes deliveries, inside the writing transaction. */
  written(): void {
    const scope = this.#scope.getStore();
    if (scope) scope.written = true;
    else this.#ring('before_commit');
  }

  /** Runs a transaction; rings after it returns (committed) if it wrote deliveries. */
  async afterCommit<T>(transaction: () => Promise<T>): Promise<T> {
    const scope = { written: false };
    const result = await this.#scope.run(scope, transaction);
    if (scope.written) this.#ring('committed');
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
