import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ERROR_CODES, statusForCode } from './error-status.js';

const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
const rows = [...doc.matchAll(/^\| `([a-z_]+\.[a-z_]+)` \| (\d{3}) \|/gm)].map((m) => ({
  code: m[1]!,
  status: Number(m[2]),
}));

describe('the error catalogue (docs/errors.md)', () => {
  it('lists every code exactly once', () => {
    expect(rows.map((r) => r.code).sort()).toEqual([...ALL_ERROR_CODES].sort());
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('gives each code the status the server sends', () => {
    for (const r of rows) expect({ code: r.code, status: statusForCode(r.code as never) }).toEqual(r);
  });

  it('maps every client error to a 4xx', () => {
    for (const code of ALL_ERROR_CODES) {
      const status = statusForCode(code);
      expect(code === 'http.internal' ? status === 500 : status >= 400 && status < 500).toBe(true);
    }
  });
});
