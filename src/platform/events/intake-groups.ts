/**
 * Group commit for intake transactions. At most `concurrent` intake transactions run at once;
 * batches that arrive while they are all busy wait, and the next free one takes every waiting
 * batch (up to `maxEvents` events) and commits them together. One transaction then does for
 * many requests what each would have done alone (BEGIN, one INSERT of the events, one write of
 * each handler's rows, COMMIT), so a busy server spends its time on events rather than on round
 * trips, and the busier it is the more a transaction carries. A lone batch on a quiet server
 * starts at the end of the event loop's turn, as good as at once.
 *
 * A group that fails is not the failure of every batch in it: each of its batches is committed
 * again alone, so only a batch that fails by itself fails its request.
 */
export interface IntakeGroupOptions {
  /** Intake transactions running at once. Default 2. */
  concurrent?: number;
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
  readonly #maxEvents: number;
  #running = 0;
  #scheduled = false;
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
    while (this.#running < this.#concurrent && this.#waiting.length > 0) {
      const group = this.#take();
      this.#running++;
      void this.#run(group).finally(() => {
        this.#running--;
        this.#start();
      });
    }
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
