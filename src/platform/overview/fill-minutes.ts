// Turns sparse per-minute rows into a dense series of `count` minutes from `since`, oldest first,
// so charts show the quiet minutes as zeros.
export function fillMinutes<T extends object>(
  since: Date,
  count: number,
  rows: readonly ({ minute: Date | string } & Partial<T>)[],
  zero: T,
): ({ minute: string } & T)[] {
  const byMinute = new Map(rows.map((r) => [new Date(r.minute).getTime(), r]));
  const out: ({ minute: string } & T)[] = [];
  for (let i = 0; i < count; i++) {
    const t = since.getTime() + i * 60_000;
    const row = byMinute.get(t);
    const values = { ...zero } as T;
    if (row) for (const k of Object.keys(zero) as (keyof T)[]) values[k] = Number(row[k] ?? 0) as T[keyof T];
    out.push({ minute: new Date(t).toISOString(), ...values });
  }
  return out;
}
