import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

export interface JobContext {
  id: string;
  kind: string;
  attempt: number;
  db: Db;
}

export type JobHandler = (payload: any, ctx: JobContext) => Promise<void>;

export interface JobRunnerOptions {
  /** How long a claimed job is ours; after that another worker may take it (we died). */
  leaseMs?: number;
  batchSize?: number;
  /** Backoff after the n-th failure: base × 2^(n-1), capped. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

/** Runs due jobs of the kinds registered with it; many runners may share one database. */
export class JobRunner {
  readonly workerId = newId('wrk');
  readonly #handlers = new Map<string, JobHandler>();
  readonly #leaseMs: number;
  readonly #batchSize: number;
  readonly #backoffBaseMs: number;
  readonly #backoffCapMs: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: JobRunnerOptions = {},
  ) {
    this.#leaseMs = options.leaseMs ?? 5 * 60_000;
    this.#batchSize = options.batchSize ?? 10;
    this.#backoffBaseMs = options.backoffBaseMs ?? 2_000;
    this.#backoffCapMs = options.backoffCapMs ?? 3_600_000;
  }

  register(kind: string, handler: JobHandler): void {
    this.#handlers.set(kind, handler);
  }

  /** Claims and runs one batch of due jobs; returns how many ran. */
  async runOnce(): Promise<number> {
    const kinds = [...this.#handlers.keys()];
    if (kinds.length === 0) return 0;
    const now = this.clock.now();
    // SKIP LOCKED: two runners never claim the same row; the lease lets a crashed runner's jobs
    // be taken again once it has run out.
    const claimed = await this.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('jobJobs')
        .select('id')
        .where('kind', 'in', kinds)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('runAt', '<=', now)]),
            eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', now)]),
          ]),
        )
        .orderBy('runAt')
        .limit(this.#batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      return trx
        .updateTable('jobJobs')
        .set((eb) => ({
          status: 'running',
          lockedBy: this.workerId,
          lockedUntil: new Date(now.getTime() + this.#leaseMs),
          attempts: eb('attempts', '+', 1),
          updatedAt: now,
        }))
        .where(
          'id',
          'in',
          due.map((d) => d.id),
        )
        .returning(['id', 'kind', 'payload', 'attempts', 'maxAttempts'])
        .execute();
    });
    for (const job of claimed) await this.#run(job);
    return claimed.length;
  }

  async #run(job: { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number }) {
    const handler = this.#handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job.payload, { id: job.id, kind: job.kind, attempt: job.attempts, db: this.db });
      await this.db
        .updateTable('jobJobs')
        .set({ status: 'done', lockedBy: null, lockedUntil: null, lastError: null, updatedAt: this.clock.now() })
        .where('id', '=', job.id)
        .where('lockedBy', '=', this.workerId)
        .execute();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const now = this.clock.now();
      const dead = job.attempts >= job.maxAttempts;
      const delay = Math.min(this.#backoffCapMs, this.#backoffBaseMs * 2 ** (job.attempts - 1));
      await this.db
        .updateTable('jobJobs')
        .set({
          status: dead ? 'dead' : 'pending',
          runAt: dead ? now : new Date(now.getTime() + delay),
          lockedBy: null,
          lockedUntil: null,
          lastError: message.slice(0, 2_000),
          updatedAt: now,
        })
        .where('id', '=', job.id)
        .where('lockedBy', '=', this.workerId)
        .execute();
      this.log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, dead, err: message }, 'job failed');
    }
  }
}
