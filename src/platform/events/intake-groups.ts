import { performance } from 'node:perf_hooks';

/**
 * Group commit for intake transactions. One intake transaction runs at a time; batches that
 * arrive while it runs wait, and the next one takes every waiting batch (up to `maxEvents` events)
 * and commits them together: one BEGIN, one INSERT of the events, one write of each handler's
 * rows and one COMMIT for many requests. A busy server so spends its time on events rather than
 * on round trips, and the busier it is the more a transaction carries. A lone batch on a quiet
 * server starts at the end of the event loop's turn, as good as at once. Only a transaction that
 * has run for `overlapAfterMs` (a large batch, a lock wait) lets another start beside it, up to
 * `concurrent` at once, so a slow one never holds the rest back for long.
 *
 * A group that fails is not the failure of every batch in it: each of its batches is committed
 * again alone, so only a batch that fails by itself fails its request.
 */
export interface IntakeGroupOptions {
  /** Most intake transactions running at once. Default 2. */
  concurrent?: number;
  /** How long every running transaction must have run before another may start. Default 20 ms. */
  overlapAfterMs?: number;
  /** Most events in one group (a single batch may exceed it and then goes alone). Default 1,000. */
  maxEvents?: number;
}

interface Waiting<B, R> {
  batch: B;
  size: number;
  resolve(result: R): void;
  reject(err: unknown): void;
}

export class IntakeGroups<B, R> {
  readonly #waiting: Waiting<B, R>[] = [];
  readonly #concurrent: number;
  readonly #overlapAfterMs: number;
  readonly #maxEvents: number;
  /** When each running transaction started (performance.now()). */
  readonly #running = new Set<{ startedAt: number }>();
  #scheduled = false;
  #overlapTimer: NodeJS.Timeout | null = null;
  #groups = 0;
  #grouped = 0;

  /**
   * @param commit commits batches in one transaction and returns each one's result, in order;
   *   it must leave nothing behind when it throws.
   */
  constructor(
    private readonly commit: (batches: readonly B[]) => Promise<R[]>,
    options: IntakeGroupOptions = {},
  ) {
    this.#concurrent = Math.max(1, options.concurrent ?? 2);
    this.#overlapAfterMs = Math.max(0, options.overlapAfterMs ?? 20);
    this.#maxEvents = Math.max(1, options.maxEvents ?? 1_000);
  }

  /** Commits a batch of `size` events, with others if the transactions are busy. */
  submit(batch: B, size: number): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ batch, size, resolve, reject });
      // Started once the event loop has run every callback of its current turn: the requests that
      // arrived together are grouped even when a transaction would otherwise run to its end
      // without yielding (PGlite answers in the same thread).
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          this.#start();
        });
      }
    });
  }

  /** Transactions committed, and the batches they carried (the ratio is the mean group size). */
  get stats(): { groups: number; batches: number } {
    return { groups: this.#groups, batches: this.#grouped };
  }

  #start(): void {
    while (this.#running.size < this.#concurrent && this.#waiting.length > 0) {
      const now = performance.now();
      let youngest = Number.NEGATIVE_INFINITY;
      for (const r of this.#running) youngest = Math.max(youngest, r.startedAt);
      const wait = youngest + this.#overlapAfterMs - now;
      if (wait > 0) {
        this.#lookAgainIn(wait);
        return;
      }
      const group = this.#take();
      const running = { startedAt: now };
      this.#running.add(running);
      void this.#run(group).finally(() => {
        this.#running.delete(running);
        this.#start();
      });
    }
  }

  /** Looks again once the youngest running transaction may be overlapped. */
  #lookAgainIn(ms: number): void {
    if (this.#overlapTimer) return;
    this.#overlapTimer = setTimeout(() => {
      this.#overlapTimer = null;
      this.#start();
    }, Math.ceil(ms));
  }

  /** The oldest waiting batches, as many as fit in maxEvents (at least one). */
  #take(): Waiting<B, R>[] {
    let events = 0;
    let n = 0;
    while (n < this.#waiting.length) {
      const size = (this.#waiting[n] as Waiting<B, R>).size;
      if (n > 0 && events + size > this.#maxEvents) break;
      events += size;
      n++;
    }
    return this.#waiting.splice(0, n);
  }

  async #run(group: Waiting<B, R>[]): Promise<void> {
    this.#groups++;
    this.#grouped += group.length;
    try {
      const results = await this.commit(group.map((w) => w.batch));
      for (let i = 0; i < group.length; i++) (group[i] as Waiting<B, R>).resolve(results[i] as R);
    } catch (err) {
      if (group.length === 1) {
        (group[0] as Waiting<B, R>).reject(err);
        return;
      }
      // Which batch broke it is unknown: each goes again on its own.
      await Promise.all(
        group.map(async (w) => {
          try {
            const [result] = await this.commit([w.batch]);
            w.resolve(result as R);
          } catch (alone) {
            w.reject(alone);
          }
        }),
      );
    }
  }
}
