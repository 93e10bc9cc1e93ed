import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrations.js';
import { createTestDatabase, testDbKind } from './test-database.js';

describe('migrations', () => {
  it('apply once and then find nothing to do', async () => {
    const t = await createTestDatabase({ migrate: false });
    try {
      const first = await migrateToLatest(t.db);
      expect(first.applied.length).toBeGreaterThan(0);
      expect((await migrateToLatest(t.db)).applied).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it.runIf(testDbKind() === 'postgres')('are safe when several processes start at once', async () => {
    const t = await createTestDatabase({ migrate: false });
    const others = await Promise.all([1, 2, 3].map(() => openDatabase({ url: t.url!, poolSize: 2 })));
    try {
      const reports = await Promise.all([t, ...others].map((h) => migrateToLatest(h.db)));
      const applied = reports.flatMap((r) => r.applied);
      // Every migration ran exactly once across the four.
      expect(new Set(applied).size).toBe(applied.length);
      const rows = await sql<{ n: number }>`select count(*)::int as n from kysely_migration`.execute(t.db);
      expect(rows.rows[0]!.n).toBe(applied.length);
    } finally {
      await Promise.all(others.map((o) => o.close()));
      await t.close();
    }
  });
});
