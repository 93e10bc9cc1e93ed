import {
  type DatabaseConnection,
  type Dialect,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type TransactionSettings,
} from 'kysely';

/**
 * A transaction's BEGIN goes out together with its first statement instead of taking a round
 * trip of its own: the pool's clients run in node-postgres's pipeline mode, so a query is written
 * to the server at once, without waiting for the answer to the one before. BEGIN is not waited
 * for here; should it fail, every statement after it on the connection fails too, and the
 * transaction rolls back as it would had BEGIN been waited for.
 */
class PipelinedBeginDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    super.beginTransaction(connection, settings).catch(() => {});
  }
}

/** Kysely's PostgreSQL dialect with PipelinedBeginDriver; `config.pool`'s clients must have `pipeline: true`. */
export function pipelinedPostgresDialect(config: PostgresDialectConfig): Dialect {
  const base = new PostgresDialect(config);
  return {
    createAdapter: () => base.createAdapter(),
    createDriver: () => new PipelinedBeginDriver(config),
    createIntrospector: (db) => base.createIntrospector(db),
    createQueryCompiler: () => base.createQueryCompiler(),
  };
}
