import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../test/support/run-command.js';
import { testDbKind } from '../platform/db/test-database.js';
import { dsaCommand } from './dsa.js';

// The statements themselves are checked in domains/governance/dsa; this is the command's plumbing.
describe.runIf(testDbKind() === 'pglite')('xinren dsa export on a data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-dsa-'));
  const saved = process.env.XINREN_DATA_DIR;
  beforeAll(() => {
    process.env.XINREN_DATA_DIR = join(dir, 'data');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.XINREN_DATA_DIR;
    else process.env.XINREN_DATA_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a JSON array to stdout, and to a file with --out', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const out = await runCommand(dsaCommand(), [
        'export',
        '--from',
        '2026-11-01T00:00:00Z',
        '--to',
        '2026-12-01T00:00:00Z',
      ]);
      expect(JSON.parse(out)).toEqual([]);
      // A month is several windows: progress goes to stderr, never into the JSON.
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(
        /… through 2026-11-08T00:00:00\.000Z: 0 statements/,
      );

      const file = join(dir, 'sor.json');
      const printed = await runCommand(dsaCommand(), [
        'export',
        '--from',
        '2026-11-01T00:00:00Z',
        '--to',
        '2026-11-02T00:00:00Z',
        '--out',
        file,
      ]);
      expect(printed).toBe('');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
      expect(existsSync(`${file}.partial`)).toBe(false);
    } finally {
      stderr.mockRestore();
    }
  });

  it('refuses a bad or inverted range with the API’s code', async () => {
    await expect(
      runCommand(dsaCommand(), ['export', '--from', '2026-12-02T00:00:00Z', '--to', '2026-12-01T00:00:00Z']),
    ).rejects.toThrow(/governance\.dsa_range_invalid: to must be after from/);
    await expect(
      runCommand(dsaCommand(), ['export', '--from', 'last week', '--to', '2026-12-01T00:00:00Z']),
    ).rejects.toThrow(/governance\.dsa_range_invalid/);
  });
});
