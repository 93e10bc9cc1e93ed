import type { GovernanceTables } from '../../domains/governance/index.js';
import type { ScreeningTables } from '../../domains/screening/index.js';
import type { AuditTables } from '../audit/audit.tables.js';
import type { AuthTables } from '../auth/auth.tables.js';
import type { EventsTables } from '../events/events.tables.js';
import type { JobsTables } from '../jobs/jobs.tables.js';
import type { OutboxTables } from '../outbox/outbox.tables.js';

/** Every table, as Kysely sees it (camelCase; the CamelCasePlugin maps to snake_case). */
export interface Database
  extends AuthTables,
    EventsTables,
    OutboxTables,
    JobsTables,
    AuditTables,
    ScreeningTables,
    GovernanceTables {}
