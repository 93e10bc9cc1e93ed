import type { Random } from '../random.js';

/** A set of entities keyed by id with O(1) add, remove and random pick. */
export class IndexedPool<T extends { id: string }> {
  #items: T[] = [];
  #index = new Map<string, number>();

  get size(): number {
    return this.#items.length;
  }

  add(item: T): void {
    if (this.#index.has(item.id)) return;
    this.#index.set(item.id, this.#items.length);
    this.#items.push(item);
  }

  get(id: string): T | undefined {
    const i = this.#index.get(id);
    return i === undefined ? undefined : this.#items[i];
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  remove(id: string): T | undefined {
    const i = this.#index.get(id);
    if (i === undefined) return undefined;
    const item = this.#items[i] as T;
    const last = this.#items.pop() as T;
    this.#index.delete(id);
    if (last !== item) {
      this.#items[i] = last;
      this.#index.set(last.id, i);
    }
    return item;
  }

  pick(rng: Random): T | undefined {
    return this.#items.length === 0 ? undefined : rng.pick(this.#items);
  }

  /** A random item that satisfies `accept`: a few random tries, then a scan from a random start. */
  pickWhere(rng: Random, accept: (item: T) => boolean): T | undefined {
    const n = this.#items.length;
    if (n === 0) return undefined;
    for (let attempt = 0; attempt < 8; attempt++) {
      const item = rng.pick(this.#items);
      if (accept(item)) return item;
    }
    const start = rng.int(0, n - 1);
    for (let k = 0; k < n; k++) {
      const item = this.#items[(start + k) % n] as T;
      if (accept(item)) return item;
    }
    return undefined;
  }

  values(): readonly T[] {
    return this.#items;
  }
}
