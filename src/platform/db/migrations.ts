import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { governanceCreateAccountStanding } from '../../domains/governance/migrations/20261203_governance_create-account-standing.js';
import { governanceCreateAppeals } from '../../domains/governance/migrations/20261203_governance_create-appeals.js';
import { governanceCreateCaseEvents } from '../../domains/governance/migrations/20261203_governance_create-case-events.js';
import { governanceCreateCases } from '../../domains/governance/migrations/20261203_governance_create-cases.js';
import { governanceCreateDecisions } from '../../domains/governance/migrations/20261203_governance_create-decisions.js';
import { governanceCreateExposures } from '../../domains/governance/migrations/20261203_governance_create-exposures.js';
import { governanceCreateIdentityFingerprints } from '../../domains/governance/migrations/20261203_governance_create-identity-fingerprints.js';
import { governanceCreateLiveControl } from '../../domains/governance/migrations/20261203_governance_create-live-control.js';
import { governanceCreatePointEntries } from '../../domains/governance/migrations/20261203_governance_create-point-entries.js';
import { governanceCreatePointFirings } from '../../domains/governance/migrations/20261203_governance_create-point-firings.js';
import { governanceCreateQueues } from '../../domains/governance/migrations/20261203_governance_create-queues.js';
import { governanceCreateReports } from '../../domains/governance/migrations/20261203_governance_create-reports.js';
import { governanceCreateSanctions } from '../../domains/governance/migrations/20261203_governance_create-sanctions.js';
import { governanceCreateTrustedFlaggers } from '../../domains/governance/migrations/20261203_governance_create-trusted-flaggers.js';
import { governanceCreateVerdictReceipts } from '../../domains/governance/migrations/20261203_governance_create-verdict-receipts.js';
import { screeningCreateLexicons } from '../../domains/screening/migrations/20261125_screening_create-lexicons.js';
import { screeningCreatePolicies } from '../../domains/screening/migrations/20261125_screening_create-policies.js';
import { screeningCreateVerdicts } from '../../domains/screening/migrations/20261125_screening_create-verdicts.js';
import { screeningLiveStopIndex } from '../../domains/screening/migrations/20261125_screening_live-stop-index.js';
import { screeningCreatePriceHistory } from '../../domains/screening/migrations/20261203_screening_create-price-history.js';
import { screeningLiveSessionsVersion } from '../../domains/screening/migrations/20261203_screening_live-sessions-version.js';
import { screeningLiveSessionsWindow } from '../../domains/screening/migrations/20261203_screening_live-sessions-window.js';
import { auditCreateEntries } from '../audit/migrations/20261125_audit_create-entries.js';
import { authCreateUsersSessionsKeys } from '../auth/migrations/20261125_auth_create-users-sessions-keys.js';
import { eventsCreateEvents } from '../events/migrations/20261125_events_create-events.js';
import { jobsCreateJobs } from '../jobs/migrations/20261125_jobs_create-jobs.js';
import { outboxCreateWebhooks } from '../outbox/migrations/20261125_outbox_create-webhooks.js';

// The static list of every migration, in the order they run. Names never change once shipped.
const MIGRATIONS: Record<string, Migration> = {
  '20261125_0001_auth_create-users-sessions-keys': authCreateUsersSessionsKeys,
  '20261125_0002_events_create-events': eventsCreateEvents,
  '20261125_0003_outbox_create-webhooks': outboxCreateWebhooks,
  '20261125_0004_jobs_create-jobs': jobsCreateJobs,
  '20261125_0005_audit_create-entries': auditCreateEntries,
  '20261125_0006_screening_create-verdicts': screeningCreateVerdicts,
  '20261125_0007_screening_create-lexicons': screeningCreateLexicons,
  '20261125_0008_screening_create-policies': screeningCreatePolicies,
  '20261125_0009_screening_live-stop-index': screeningLiveStopIndex,
  '20261203_0010_screening_create-price-history': screeningCreatePriceHistory,
  '20261203_0011_screening_live-sessions-window': screeningLiveSessionsWindow,
  '20261203_0012_governance_create-queues': governanceCreateQueues,
  '20261203_0013_governance_create-cases': governanceCreateCases,
  '20261203_0014_governance_create-case-events': governanceCreateCaseEvents,
  '20261203_0015_governance_create-verdict-receipts': governanceCreateVerdictReceipts,
  '20261203_0016_governance_create-decisions': governanceCreateDecisions,
  '20261203_0017_governance_create-sanctions': governanceCreateSanctions,
  '20261203_0018_governance_create-point-entries': governanceCreatePointEntries,
  '20261203_0019_governance_create-point-firings': governanceCreatePointFirings,
  '20261203_0020_governance_create-reports': governanceCreateReports,
  '20261203_0021_governance_create-trusted-flaggers': governanceCreateTrustedFlaggers,
  '20261203_0022_governance_create-identity-fingerprints': governanceCreateIdentityFingerprints,
  '20261203_0023_governance_create-account-standing': governanceCreateAccountStanding,
  '20261203_0025_governance_create-appeals': governanceCreateAppeals,
  '20261203_0026_governance_create-live-control': governanceCreateLiveControl,
  '20261203_0027_governance_create-exposures': governanceCreateExposures,
  '20261203_0028_screening_live-sessions-version': screeningLiveSessionsVersion,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export interface MigrationReport {
  applied: string[];
}

// Any constant will do; it only has to be the same in every Xinren process.
const MIGRATION_LOCK_KEY = 7_314_264_001;

/**
 * Brings the schema up to date. Several processes may start at once on one PostgreSQL: a session
 * advisory lock makes them take turns, so even the migrator's own bookkeeping tables are created
 * once, and the later ones find nothing left to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(conn);
    try {
      const migrator = new Migrator({ db: conn, provider });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error(String(error));
      return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(conn);
    }
  });
}
