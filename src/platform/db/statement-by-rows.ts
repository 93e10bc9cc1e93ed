/**
 * The text of a multi-row statement on a hot path (event intake, live sessions), built once per
 * number of rows instead of by the query builder on every batch. `columns` gives each column's
 * placeholder suffix (a cast such as `::jsonb`, or '' for none); `build` gets the VALUES list,
 * `($1, $2, …), ($n+1, …)`, and returns the whole statement.
 */
export function statementByRows(
  columns: readonly string[],
  build: (values: string) => string,
): (rows: number) => string {
  const byRows = new Map<number, string>();
  return (rows) => {
    let text = byRows.get(rows);
    if (text) return text;
    const tuples: string[] = [];
    for (let r = 0; r < rows; r++) {
      const base = r * columns.length;
      tuples.push(`(${columns.map((cast, c) => `$${base + c + 1}${cast}`).join(', ')})`);
    }
    text = build(tuples.join(', '));
    byRows.set(rows, text);
    return text;
  };
}
