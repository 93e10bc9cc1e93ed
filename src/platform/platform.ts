import type { Logger } from 'pino';
import { AuthService } from './auth/auth.service.js';
import type { Clock } from './clock.js';
import type { DatabaseHandle, Db } from './db/database.js';
import { EventHandlerRegistry } from './events/event-handlers.js';
import { EventsService, type IntakeOptions } from './events/events.service.js';
import { JobRunner, type JobRunnerOptions } from './jobs/job-runner.js';
import { type DispatcherOptions, WebhookDispatcher } from './outbox/webhook-dispatcher.js';
import { WebhooksService } from './outbox/webhooks.service.js';

export interface PlatformOptions {
  sessionTtlMs?: number;
  dispatcher?: DispatcherOptions;
  jobs?: JobRunnerOptions;
  /** Where webhook delivery and jobs run (DatabaseHandle.workerDb); the platform's db if absent. */
  workerDb?: Db;
  /** How intake transactions are grouped (IntakeGroups) and whether their queries are pipelined. */
  intake?: IntakeOptions;
}

/**
 * The options a database calls for: the worker's own connections, as many intake transactions at
 * once as it runs side by side (PGlite runs one at a time), and pipelined queries on PostgreSQL.
 */
export function platformOptionsFor(handle: DatabaseHandle): PlatformOptions {
  const postgres = handle.kind === 'postgres';
  return { workerDb: handle.workerDb, intake: { groups: { concurrent: postgres ? 2 : 1 }, pipelined: postgres } };
}

/** The platform services every domain stands on, wired to one database and one clock. */
export interface Platform {
  db: Db;
  clock: Clock;
  log: Logger;
  auth: AuthService;
  eventHandlers: EventHandlerRegistry;
  events: EventsService;
  webhooks: WebhooksService;
  jobs: JobRunner;
  dispatcher: WebhookDispatcher;
}

export function createPlatform(db: Db, clock: Clock, log: Logger, options: PlatformOptions = {}): Platform {
  const eventHandlers = new EventHandlerRegistry();
  return {
    db,
    clock,
    log,
    auth: new AuthService(db, clock, options.sessionTtlMs ?? 12 * 3_600_000),
    eventHandlers,
    events: new EventsService(db, clock, eventHandlers, options.intake),
    webhooks: new WebhooksService(db, clock),
    jobs: new JobRunner(options.workerDb ?? db, clock, log, options.jobs),
    dispatcher: new WebhookDispatcher(options.workerDb ?? db, clock, log, options.dispatcher),
  };
}
