import type { Logger } from 'pino';
import { AuthService } from './auth/auth.service.js';
import type { Clock } from './clock.js';
import type { DatabaseHandle, Db } from './db/database.js';
import { EventHandlerRegistry } from './events/event-handlers.js';
import { EventsService } from './events/events.service.js';
import type { IntakeGroupOptions } from './events/intake-groups.js';
import { JobRunner, type JobRunnerOptions } from './jobs/job-runner.js';
import { type DispatcherOptions, WebhookDispatcher } from './outbox/webhook-dispatcher.js';
import { WebhooksService } from './outbox/webhooks.service.js';

export interface PlatformOptions {
  sessionTtlMs?: number;
  dispatcher?: DispatcherOptions;
  jobs?: JobRunnerOptions;
  /** Where webhook delivery and jobs run (DatabaseHandle.workerDb); the platform's db if absent. */
  workerDb?: Db;
  /** How intake transactions are grouped (see IntakeGroups). */
  intake?: IntakeGroupOptions;
}

/**
 * The options a database calls for: the worker's own connections, and as many intake
 * transactions at once as it runs side by side (PGlite runs one at a time).
 */
export function platformOptionsFor(handle: DatabaseHandle): PlatformOptions {
  return {
    workerDb: handle.workerDb,
    intake: { concurrent: handle.kind === 'pglite' ? 1 : 2 },
  };
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
