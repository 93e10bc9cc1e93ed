/** Remembers the last `capacity` ids, forgetting the oldest first. */
export class SeenIds {
  readonly #ids = new Set<string>();

  constructor(readonly capacity = 100_000) {}

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  add(id: string): void {
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next();
      if (!oldest.done) this.#ids.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#ids.size;
  }
}
