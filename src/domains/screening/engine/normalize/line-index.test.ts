import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLineIndex } from './line-index.js';

describe('line index', () => {
  it('locates offsets on 1-based lines and columns', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = buildLineIndex(text);
    expect(idx.lineCount).toBe(4);
    expect(idx.locate(0)).toEqual({ line: 1, column: 1 });
    expect(idx.locate(2)).toEqual({ line: 1, column: 3 });
    expect(idx.locate(3)).toEqual({ line: 2, column: 1 });
    expect(idx.locate(text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(idx.locate(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
    expect(buildLineIndex('').locate(0)).toEqual({ line: 1, column: 1 });
  });

  it('agrees with counting line breaks before the offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', '微') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % text.length;
        const before = text.slice(0, offset);
        const line =
          1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0) - (before.endsWith('\r') && text[offset] === '\n' ? 1 : 0);
        expect(buildLineIndex(text).lineOf(offset)).toBe(line);
      }),
    );
  });
});
