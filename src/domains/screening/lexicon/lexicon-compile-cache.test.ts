import { describe, expect, it, vi } from 'vitest';
import { createCompileCache } from './lexicon-compile-cache.js';
import type { Lexicon } from './lexicon-entry.js';

const lex = (name: string, version: string): Lexicon => ({
  name,
  version,
  entries: [{ term: `${name}-${version}`, category: 'spam_seo', severity: 1, kinds: [] }],
  allow: [],
});

describe('compile cache', () => {
  it('compiles a version once and a new version again', () => {
    const compile = vi.fn((l: Lexicon) => ({ terms: l.entries.map((e) => e.term) }));
    const cache = createCompileCache(compile);
    const first = cache.compiledFor(lex('default', '1'));
    expect(cache.compiledFor(lex('default', '1'))).toBe(first);
    expect(compile).toHaveBeenCalledTimes(1);

    const second = cache.compiledFor(lex('default', '2'));
    expect(second).not.toBe(first);
    expect(second.terms).toEqual(['default-2']);
    expect(compile).toHaveBeenCalledTimes(2);

    cache.compiledFor(lex('other', '1'));
    expect(compile).toHaveBeenCalledTimes(3);
    expect(cache.size).toBe(3);
  });

  it('evicts the least recently used version beyond its capacity', () => {
    const compile = vi.fn((l: Lexicon) => l.version);
    const cache = createCompileCache(compile, { capacity: 2 });
    cache.compiledFor(lex('a', '1'));
    cache.compiledFor(lex('a', '2'));
    cache.compiledFor(lex('a', '1')); // 1 is now the most recent
    cache.compiledFor(lex('a', '3')); // evicts 2
    expect(cache.size).toBe(2);
    expect(compile).toHaveBeenCalledTimes(3);
    cache.compiledFor(lex('a', '1'));
    expect(compile).toHaveBeenCalledTimes(3);
    cache.compiledFor(lex('a', '2'));
    expect(compile).toHaveBeenCalledTimes(4);
  });

  it('does not cache a failed compile', () => {
    let fail = true;
    const cache = createCompileCache(() => {
      if (fail) throw new Error('boom');
      return 1;
    });
    expect(() => cache.compiledFor(lex('a', '1'))).toThrow('boom');
    fail = false;
    expect(cache.compiledFor(lex('a', '1'))).toBe(1);
  });

  it('rejects a capacity below one', () => {
    expect(() => createCompileCache(() => 1, { capacity: 0 })).toThrow(RangeError);
  });
});
