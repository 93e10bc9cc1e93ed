import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database.js';

// On PostgreSQL a transaction's BEGIN is sent with its first statement, not waited for: the
// statements must still run inside the transaction. (Under PGlite the same holds trivially.)
describe('transactions whose BEGIN is pipelined', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase({ migrate: false });
    await sql`create table pipelined_probe (id int primary key)`.execute(handle.db);
  }, 60_000);
  afterAll(async () => {
    await handle.close();
  });

  it('runs every statement in one transaction (one snapshot time for all)', async () => {
    const [a, b] = await handle.db.transaction().execute(async (trx) => {
      const first = await sql<{ t: string }>`select now()::text as t`.execute(trx);
      await new Promise((r) => setTimeout(r, 20));
      const second = await sql<{ t: string }>`select now()::text as t`.execute(trx);
      return [first.rows[0]?.t, second.rows[0]?.t];
    });
    expect(a).toBeDefined();
    expect(b).toBe(a);
  });

  it('rolls back the writes of a transaction that fails', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await sql`insert into pipelined_probe (id) values (1)`.execute(trx);
        await sql`insert into pipelined_probe (id) values (1)`.execute(trx);
      }),
    ).rejects.toThrow(/duplicate key/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pipelined_probe`.execute(handle.db);
    expect(rows[0]?.n).toBe(0);
  });

  it('commits the writes of one that succeeds, and the connection goes on working', async () => {
    for (let id = 1; id <= 20; id++) {
      await handle.db.transaction().execute(async (trx) => {
        await sql`insert into pipelined_probe (id) values (${id})`.execute(trx);
      });
    }
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pipelined_probe`.execute(handle.db);
    expect(rows[0]?.n).toBe(20);
  });
});
