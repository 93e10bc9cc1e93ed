import { describe, expect, it } from 'vitest';
import { statementByRows } from './statement-by-rows.js';

describe('statementByRows', () => {
  it('numbers the placeholders row after row, with each column cast, and builds each size once', () => {
    let builds = 0;
    const statement = statementByRows(['', '::jsonb', ''], (values) => {
      builds++;
      return `insert into t (a, b, c) values ${values}`;
    });
    expect(statement(2)).toBe('insert into t (a, b, c) values ($1, $2::jsonb, $3), ($4, $5::jsonb, $6)');
    expect(statement(1)).toBe('insert into t (a, b, c) values ($1, $2::jsonb, $3)');
    statement(2);
    expect(builds).toBe(2);
  });
});
