// A small seeded PRNG (mulberry32). Generation must never touch Math.random: the same seed has to
// give the same sequence of events, which is what makes a demo or a failing e2e run repeatable.
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T extends { weight: number }>(items: readonly T[]): T {
    let total = 0;
    for (const item of items) total += item.weight;
    if (!(total > 0)) throw new Error('cannot pick from items whose weights sum to zero');
    let r = this.next() * total;
    for (const item of items) {
      r -= item.weight;
      if (r < 0) return item;
    }
    return items[items.length - 1] as T;
  }

  /** `count` decimal digits, the first one never 0. */
  digits(count: number): string {
    let out = String(this.int(1, 9));
    for (let i = 1; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  /** An independent stream, so that one part of the simulation drawing more numbers does not shift another. */
  fork(label: string): Random {
    let h = this.#state ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    return new Random(h >>> 0);
  }
}
