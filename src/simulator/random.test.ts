import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('Random', () => {
  it('gives the same sequence for the same seed and another one for another seed', () => {
    const draw = (seed: number) => {
      const r = new Random(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int() within both bounds and reaches them', () => {
    const r = new Random(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const n = r.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks weighted items in proportion to their weights', () => {
    const r = new Random(9);
    const items = [
      { name: 'a', weight: 1 },
      { name: 'b', weight: 3 },
    ];
    let b = 0;
    for (let i = 0; i < 10_000; i++) if (r.weighted(items).name === 'b') b++;
    expect(b / 10_000).toBeGreaterThan(0.72);
    expect(b / 10_000).toBeLessThan(0.78);
  });

  it('forks independent streams that do not depend on how much the parent drew later', () => {
    const a = new Random(5);
    const b = new Random(5);
    const forkA = a.fork('x');
    const forkB = b.fork('x');
    a.next();
    expect(forkA.next()).toBe(forkB.next());
    expect(new Random(5).fork('x').next()).not.toBe(new Random(5).fork('y').next());
  });
});
