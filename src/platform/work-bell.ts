/**
 * Rung when a transaction writes work for the worker: webhook deliveries, or a job due now. An
 * idle worker loop of the same process then looks at once instead of at its next poll, so a
 * stream stop or a case to open does not wait out a sleep.
 *
 * The ring comes before the commit that makes the rows visible, so a loop that finds nothing right
 * after a ring keeps looking for a short while (see worker-loop.ts). A worker in another process
 * (`xinren worker`) does not hear it and finds the work at its next poll.
 */
export class WorkBell {
  readonly #listeners = new Set<() => void>();

  ring(): void {
    for (const listener of this.#listeners) listener();
  }

  /** Returns the function that stops listening. */
  listen(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The process's bell: what writes work rings it, worker loops listen. */
export const workBell = new WorkBell();
