import type { ColumnType, Generated } from 'kysely';

export type JobStatus = 'pending' | 'running' | 'done' | 'dead';

export interface JobJobsTable {
  id: string;
  kind: string;
  payload: ColumnType<unknown, string, never>;
  status: JobStatus;
  runAt: Date;
  attempts: Generated<number>;
  maxAttempts: number;
  lastError: string | null;
  lockedBy: string | null;
  lockedUntil: Date | null;
  /** At most one live job per key (a timer for one case, say); null for ordinary jobs. */
  uniqueKey: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface JobsTables {
  jobJobs: JobJobsTable;
}
