/** Deterministic ids: `<namespace>-<kind>-<n>`, so the same seed names the same things. */
export class IdSequence {
  readonly #counters = new Map<string, number>();

  constructor(readonly namespace: string) {}

  next(kind: string): string {
    const n = (this.#counters.get(kind) ?? 0) + 1;
    this.#counters.set(kind, n);
    return `${this.namespace}-${kind}-${String(n).padStart(6, '0')}`;
  }
}
