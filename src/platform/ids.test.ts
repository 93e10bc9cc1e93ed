import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from './ids.js';

const SHAPE = /^msg_[0-9a-z]{10}[0-9a-f]{16}$/;
// More than one refill of the random pool (512 ids each), ending part-way into a pool.
const MANY = 3 * 512 + 7;

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock('node:crypto');
  vi.resetModules();
});

describe('newId', () => {
  it('is the prefix, 10 base-36 characters of the time in ms, and 16 hex characters', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_764_748_800_123);
    const id = newId('msg');
    expect(id).toMatch(SHAPE);
    expect(id.slice(4, 14)).toBe((1_764_748_800_123).toString(36).padStart(10, '0'));
  });

  it('keeps its shape and never repeats across refills of the random pool, within one millisecond', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_764_748_800_123);
    const ids = Array.from({ length: MANY }, () => newId('msg'));
    for (const id of ids) expect(id).toMatch(SHAPE);
    expect(new Set(ids.map((id) => id.slice(14))).size).toBe(MANY);
  });

  it('sorts by creation time, across a change in the number of base-36 digits', () => {
    const times = [35, 36, 1_295, 1_296, 1_764_748_800_123, 1_764_748_800_124, 3_656_158_440_062_975];
    const now = vi.spyOn(Date, 'now');
    const ids = times.flatMap((t) => {
      now.mockReturnValue(t);
      return [newId('msg'), newId('msg')];
    });
    expect(ids.map((id) => id.slice(4, 14))).toEqual(
      times.flatMap((t) => [t, t].map((x) => x.toString(36).padStart(10, '0'))),
    );
    // Both ids of a later millisecond sort after both of the one before.
    for (let i = 2; i < ids.length; i += 2) {
      const [earlier, later] = [ids.slice(i - 2, i).sort(), ids.slice(i, i + 2).sort()];
      expect(later[0] > earlier[1]).toBe(true);
    }
  });

  it('hands out each random byte once, refilling the pool only when it is used up', async () => {
    let fills = 0;
    vi.doMock('node:crypto', async (original) => ({
      ...(await original<typeof import('node:crypto')>()),
      // Byte k of fill f is (f * 7 + k) mod 256: every id's bytes are predictable.
      randomFillSync: (buf: Buffer) => {
        for (let k = 0; k < buf.length; k++) buf[k] = (fills * 7 + k) & 0xff;
        fills++;
        return buf;
      },
    }));
    vi.resetModules();
    const ids = await import('./ids.js');
    const made = Array.from({ length: MANY }, () => ids.newId('msg').slice(14));
    expect(fills).toBe(4);
    made.forEach((hex, i) => {
      const fill = Math.floor(i / 512);
      const at = (i % 512) * 8;
      const expected = Buffer.from(Array.from({ length: 8 }, (_, k) => (fill * 7 + at + k) & 0xff)).toString('hex');
      expect(hex).toBe(expected);
    });
  });
});
