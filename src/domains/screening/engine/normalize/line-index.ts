// UTF-16 offset → 1-based line and column. Line starts are computed once per text; each lookup is a
// binary search, so many findings in a long page cost O(log lines) each.

export interface LineColumn {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface LineIndex {
  readonly lineCount: number;
  /** Offsets at which each line starts; lineStarts[0] is 0. */
  readonly lineStarts: Int32Array;
  lineOf(offset: number): number;
  locate(offset: number): LineColumn;
}

/** Lines end at \n, \r\n or a lone \r (a \r\n pair is one break). */
export function buildLineIndex(text: string): LineIndex {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts[k++] = i + 1;
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return {
    lineCount: count,
    lineStarts: starts,
    lineOf,
    locate(offset) {
      const line = lineOf(offset);
      return { line, column: offset - starts[line - 1] + 1 };
    },
  };
}
