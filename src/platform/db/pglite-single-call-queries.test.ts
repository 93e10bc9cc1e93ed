import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSingleCallQueries } from './pglite-single-call-queries.js';

// Statements sent in one call must come back as PGlite's own query returns them, fail as it fails,
// and stay inside their transaction.
describe('PGlite statements in one call', () => {
  let pglite: PGlite;
  let db: Kysely<any>;
  beforeAll(async () => {
    pglite = await PGlite.create('memory://');
    db = new Kysely<any>({
      dialect: new PGliteDialect({ pglite: withSingleCallQueries(pglite) }),
      plugins: [new CamelCasePlugin()],
    });
    await pglite.exec(`create table kinds (
      id text primary key, tags text[], doc jsonb, at timestamptz, ok boolean, big int8, ratio double precision,
      amount numeric, day date, nothing text)`);
  });
  afterAll(async () => {
    await db.destroy();
  });

  const row = {
    id: 'k1',
    tags: ['a', 'b "quoted"', 'c,d', 'é'],
    doc: JSON.stringify({ nested: { list: [1, 2] }, text: '引号"' }),
    at: new Date('2026-12-03T10:11:12.345Z'),
    ok: true,
    big: 9_007_199_254_740_991,
    ratio: 0.125,
    amount: '12.50',
    day: '2026-12-03',
    nothing: null,
  };

  it('stores and reads every kind of value as PGlite’s own query does', async () => {
    await db.insertInto('kinds').values(row).execute();
    const ours = await db.selectFrom('kinds').selectAll().where('id', '=', 'k1').executeTakeFirstOrThrow();
    const theirs = (await pglite.query('select * from kinds where id = $1', ['k1'])).rows[0];
    expect(ours).toEqual(theirs);
    expect(ours.tags).toEqual(row.tags);
    expect(ours.doc).toEqual(JSON.parse(row.doc));
    expect((ours.at as Date).toISOString()).toBe(row.at.toISOString());
    expect([ours.ok, ours.big, ours.ratio]).toEqual([true, row.big, 0.125]);
    const { rows } = await sql<{ has: boolean }>`select ${'b "quoted"'} = any(tags) as has from kinds`.execute(db);
    expect(rows).toEqual([{ has: true }]);
  });

  it('makes one call into the database per statement', async () => {
    let calls = 0;
    const original = pglite.execProtocolStream.bind(pglite);
    pglite.execProtocolStream = (...args: Parameters<PGlite['execProtocolStream']>) => {
      calls++;
      return original(...args);
    };
    try {
      await db.selectFrom('kinds').select('id').where('id', '=', 'k1').execute();
    } finally {
      pglite.execProtocolStream = original;
    }
    expect(calls).toBe(1);
  });

  it('fails with the database’s error, and the session goes on working', async () => {
    const failure = await db
      .insertInto('kinds')
      .values({ ...row })
      .execute()
      .catch((err: unknown) => err as { code?: string; constraint?: string });
    expect(failure).toMatchObject({ code: '23505', constraint: 'kinds_pkey' });
    await expect(sql`select 1 / ${0}::int`.execute(db)).rejects.toThrow(/division by zero/);
    expect((await db.selectFrom('kinds').select('id').execute()).map((r) => r.id)).toEqual(['k1']);
  });

  it('keeps statements inside their transaction', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('kinds')
          .values({ ...row, id: 'k2' })
          .execute();
        expect((await trx.selectFrom('kinds').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([
          'k1',
          'k2',
        ]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect((await db.selectFrom('kinds').select('id').execute()).map((r) => r.id)).toEqual(['k1']);
    await db.transaction().execute((trx) =>
      trx
        .insertInto('kinds')
        .values({ ...row, id: 'k3' })
        .execute(),
    );
    expect((await db.selectFrom('kinds').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(['k1', 'k3']);
  });
});
