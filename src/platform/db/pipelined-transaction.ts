import {
  type ConnectionProvider,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type KyselyConfig,
  Transaction,
} from 'kysely';
import type { Database } from './schema.js';

/**
 * Kysely runs a transaction's queries one after another: the next is sent once the previous has
 * answered, even when the code awaits them together. With node-postgres in pipeline mode (see
 * pipelined-postgres.ts) the connection can take them all at once; independent writes made
 * together (`Promise.all`) then cost one round trip instead of one each. The server still runs
 * them in the order they were made, inside the same transaction, and a failed one fails the
 * ones after it, so the transaction rolls back as it would have.
 */
class SharedConnectionProvider implements ConnectionProvider {
  #open = true;

  constructor(private readonly connection: DatabaseConnection) {}

  provideConnection<T>(consumer: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
    if (!this.#open) {
      // The transaction's COMMIT may be on its way already: this query would run after it.
      return Promise.reject(new Error('a query was made through a pipelined transaction after its work returned'));
    }
    return consumer(this.connection);
  }

  close(): void {
    this.#open = false;
  }
}

// The view is a transaction (isTransaction) that runs queries and nothing else: it has no driver
// or dialect of its own (a transaction cannot start another one anyway), and says so if asked.
const queriesOnly = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`a pipelined transaction runs queries only (asked for ${String(property)})`);
    },
  },
);

/**
 * Runs `work` with a view of `trx` whose queries go out as soon as they are made. Only for a
 * PostgreSQL transaction whose client runs in pipeline mode; `trx` itself must not be used until
 * `work` is done (it would wait for it). `work` may return while some of its queries are still
 * on their way (the COMMIT then goes out behind them), but makes none after: the view refuses
 * them.
 */
export function withPipelinedQueries<T>(
  trx: Transaction<Database>,
  work: (db: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const executor = trx.getExecutor();
  return executor.provideConnection(async (connection) => {
    const provider = new SharedConnectionProvider(connection);
    try {
      return await work(
        new Transaction<Database>({
          config: queriesOnly as KyselyConfig,
          driver: queriesOnly as Driver,
          dialect: queriesOnly as Dialect,
          executor: executor.withConnectionProvider(provider),
        }),
      );
    } finally {
      provider.close();
    }
  });
}
