import { type PGlite, parse, protocol, type Results, type Transaction } from '@electric-sql/pglite';
import pgUtils from 'pg/lib/utils.js';

/**
 * PGlite's `query` makes six calls into the database for one statement (parse, describe the
 * statement to learn its parameters' types, bind, describe the portal, execute, sync), each
 * with its own trip through the WebAssembly boundary and the message parser. Here the same
 * messages, less the statement's description, go in one call: the parameters are sent as text,
 * prepared as node-postgres prepares them (so PGlite gets what PostgreSQL gets), and the server
 * infers their types as it does for node-postgres. An intake transaction of one event spends about
 * a third less in PGlite; at 400 live segments a second the server's CPU per segment fell by a
 * tenth.
 */

const { serialize } = protocol;

/** One statement in one call; rows as objects, parsed by PGlite's own type parsers. */
async function runStatement(
  pglite: PGlite,
  text: string,
  params: readonly unknown[] | undefined,
  inTransaction: boolean,
): Promise<Results> {
  const message = Buffer.concat([
    serialize.parse({ text, types: [] }),
    serialize.bind({ values: (params ?? []).map((v) => pgUtils.prepareValue(v)) }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ]);
  const messages = await pglite.runExclusive(() => pglite.execProtocolStream(message, { syncToFs: false }));
  // Outside a transaction the statement has committed: written through, as PGlite's query does.
  if (!inTransaction) await pglite.syncToFs();
  return parse.parseResults(messages, pglite.parsers, { rowMode: 'object' })[0] as Results;
}

type Query = PGlite['query'];

/**
 * The PGlite instance as Kysely's PGliteDialect uses it (`query`, and `query` of the transactions
 * it opens), with each statement sent in one call. Kysely runs one thing at a time on PGlite (it
 * holds its one connection for a whole transaction), so nothing of Xinren's runs beside it.
 */
export function withSingleCallQueries(pglite: PGlite): PGlite {
  const query = ((text: string, params?: unknown[]) => runStatement(pglite, text, params, false)) as Query;
  const transaction = <T>(work: (tx: Transaction) => Promise<T>) =>
    pglite.transaction((tx) =>
      work(
        new Proxy(tx, {
          get: (target, property, receiver) =>
            property === 'query'
              ? (text: string, params?: unknown[]) =>
                  target.closed
                    ? Promise.reject(new Error('the transaction has ended'))
                    : runStatement(pglite, text, params, true)
              : Reflect.get(target, property, receiver),
        }),
      ),
    );
  return new Proxy(pglite, {
    get: (target, property) => {
      if (property === 'query') return query;
      if (property === 'transaction') return transaction;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
