import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { socketWrites } from '../../../test/support/socket-writes.js';
import { withPipelinedQueries } from './pipelined-transaction.js';
import { createTestDatabase, type TestDatabase, testDbKind } from './test-database.js';
import { writesTogether } from './writes-together.js';

// Writes made together inside a PostgreSQL transaction go out together, still in one transaction.
describe.skipIf(testDbKind() !== 'postgres')('withPipelinedQueries', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase({ migrate: false });
    await sql`create table pipelined_rows (id int primary key, at timestamptz not null default now())`.execute(
      handle.db,
    );
  }, 60_000);
  afterAll(async () => {
    await handle.close();
  });

  const rows = async () =>
    (await sql<{ id: number; at: string }>`select id, at::text from pipelined_rows order by id`.execute(handle.db))
      .rows;

  it('sends writes made together in one socket write, answered in order, in one transaction', async () => {
    const insert = (db: typeof handle.db, id: number) =>
      sql<{ id: number }>`insert into pipelined_rows (id) values (${id}) returning id`.execute(db);
    let answers: number[] = [];
    const together = await socketWrites(() =>
      handle.db.transaction().execute((tx) =>
        withPipelinedQueries(tx, async (db) => {
          const results = await Promise.all([insert(db, 1), insert(db, 2), insert(db, 3)]);
          answers = results.map((r) => r.rows[0]?.id as number);
        }),
      ),
    );
    const oneByOne = await socketWrites(() =>
      handle.db.transaction().execute(async (tx) => {
        await Promise.all([insert(tx, 4), insert(tx, 5), insert(tx, 6)]);
      }),
    );
    expect(answers).toEqual([1, 2, 3]);
    // BEGIN with the three inserts, then COMMIT; without the view, one write per insert.
    expect(together).toBe(2);
    expect(oneByOne).toBe(4);
    const stored = await rows();
    expect(stored.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]);
    // One transaction: one now() for the three.
    expect(new Set(stored.slice(0, 3).map((r) => r.at)).size).toBe(1);
  });

  it('rolls back every write when one of them fails, and the connection goes on working', async () => {
    await expect(
      handle.db
        .transaction()
        .execute((tx) =>
          withPipelinedQueries(tx, (db) =>
            writesTogether([
              sql`insert into pipelined_rows (id) values (10)`.execute(db),
              sql`insert into pipelined_rows (id) values (1)`.execute(db),
              sql`insert into pipelined_rows (id) values (11)`.execute(db),
            ]),
          ),
        ),
    ).rejects.toThrow(/duplicate key/);
    expect((await rows()).map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 0; i < 12; i++) {
      await handle.db
        .transaction()
        .execute((tx) =>
          withPipelinedQueries(tx, (db) => sql`insert into pipelined_rows (id) values (${20 + i})`.execute(db)),
        );
    }
    expect((await rows()).length).toBe(18);
  });

  it('refuses a query made after its work returned, which would follow the COMMIT', async () => {
    let late: Promise<unknown> | undefined;
    await handle.db.transaction().execute((tx) =>
      withPipelinedQueries(tx, async (db) => {
        await sql`insert into pipelined_rows (id) values (40)`.execute(db);
        // Runs once the work has returned and Kysely has sent the COMMIT, before it is answered.
        process.nextTick(() => {
          late = sql`insert into pipelined_rows (id) values (41)`.execute(db);
          late.catch(() => {}); // looked at below
        });
      }),
    );
    await expect(late).rejects.toThrow(/after its work returned/);
    expect((await rows()).map((r) => r.id).filter((id) => id >= 40)).toEqual([40]);
  });

  it('is a transaction, which cannot start another', async () => {
    await handle.db.transaction().execute((tx) =>
      withPipelinedQueries(tx, async (db) => {
        expect(db.isTransaction).toBe(true);
        expect(() => db.transaction()).toThrow();
      }),
    );
  });
});
