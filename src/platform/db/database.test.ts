import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './database.js';

async function walSettings(handle: DatabaseHandle): Promise<Record<string, { setting: string; source: string }>> {
  const rows = await sql<{ name: string; setting: string; source: string }>`
    select name, setting, source from pg_settings where name in ('wal_init_zero', 'wal_recycle', 'fsync')`.execute(
    handle.db,
  );
  return Object.fromEntries(rows.rows.map((r) => [r.name, { setting: r.setting, source: r.source }]));
}

describe('openDatabase on PGlite', () => {
  it('does not zero-fill new WAL segments, still recycles them, and keeps it so through a RESET ALL', async () => {
    const handle = await openDatabase({ dataDir: 'memory://' });
    try {
      const shown = await sql<{ walInitZero: string }>`show wal_init_zero`.execute(handle.db);
      expect(shown.rows[0]?.walInitZero).toBe('off');
      const s = await walSettings(handle);
      expect(s.wal_init_zero).toEqual({ setting: 'off', source: 'command line' });
      expect(s.wal_recycle?.setting).toBe('on');
      // wal_init_zero off is safe only because nothing is fsync'd anyway (see database.ts).
      expect(s.fsync?.setting).toBe('off');
      // PGlite has one session for everyone: a RESET ALL in it must not bring the zero-fill back.
      await sql`reset all`.execute(handle.db);
      const again = await sql<{ walInitZero: string }>`show wal_init_zero`.execute(handle.db);
      expect(again.rows[0]?.walInitZero).toBe('off');
    } finally {
      await handle.close();
    }
  });

  it('applies the same settings to a data directory, and when it is opened again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinren-db-'));
    try {
      for (let open = 0; open < 2; open++) {
        const handle = await openDatabase({ dataDir: dir });
        try {
          const shown = await sql<{ walInitZero: string }>`show wal_init_zero`.execute(handle.db);
          expect(shown.rows[0]?.walInitZero).toBe('off');
          // The PGlite defaults still apply beside it.
          const path = await sql<{ searchPath: string }>`show search_path`.execute(handle.db);
          expect(path.rows[0]?.searchPath).toBe('public');
        } finally {
          await handle.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
