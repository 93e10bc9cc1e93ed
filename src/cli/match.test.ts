import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../test/support/run-command.js';
import { matchCommand, parsePatterns, runMatch } from './match.js';
import { CliError } from './runtime.js';

describe('runMatch', () => {
  const patterns = '加微信\n  微信  \n\n信\r\n';

  it('reads one trimmed pattern a line and skips empty lines', () => {
    expect(parsePatterns(patterns)).toEqual(['加微信', '微信', '信']);
  });

  it('prints line:column:pattern for every overlapping match, columns in UTF-16 units', () => {
    const input = '正品保证\n😀请加微信\r\n信誉好';
    expect(runMatch(patterns, input)).toBe('2:4:加微信\n2:5:微信\n2:6:信\n3:1:信\n');
  });

  it('prints the number of overlapping matches with count', () => {
    expect(runMatch(patterns, '加微信加微信', { count: true })).toBe('6\n');
    expect(runMatch('aa\n', 'aaaa', { count: true })).toBe('3\n');
    expect(runMatch('', 'anything', { count: true })).toBe('0\n');
  });

  it('folds case and width only when asked', () => {
    expect(runMatch('vx\n', '加ＶＸ或Vx')).toBe('');
    expect(runMatch('vx\n', '加ＶＸ或Vx', { ignoreCase: true })).toBe('1:5:vx\n');
    expect(runMatch('vx\n', '加ＶＸ或Vx', { ignoreCase: true, foldWidth: true })).toBe('1:2:vx\n1:5:vx\n');
  });

  it('prints as many lines as it counts, each pointing at its pattern', () => {
    const unit = fc.constantFrom('a', 'b', '\n', '加', '信');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '加', '信'), minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.string({ unit, maxLength: 80 }),
        (words, input) => {
          const text = words.join('\n');
          const lines = runMatch(text, input).split('\n').filter(Boolean);
          expect(`${lines.length}\n`).toBe(runMatch(text, input, { count: true }));
          const inputLines = input.split('\n');
          for (const l of lines) {
            const [line, column, pattern] = l.split(':');
            expect(inputLines[Number(line) - 1].slice(Number(column) - 1).startsWith(pattern)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('matchCommand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinren-match-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => runCommand(matchCommand(), args);

  it('searches a file with a pattern file', async () => {
    writeFileSync(join(dir, 'p.txt'), '微信\n信\n');
    writeFileSync(join(dir, 'in.txt'), '加微信\n');
    expect(await run(['--patterns', join(dir, 'p.txt'), join(dir, 'in.txt')])).toBe('1:2:微信\n1:3:信\n');
    expect(await run(['--count', '--patterns', join(dir, 'p.txt'), join(dir, 'in.txt')])).toBe('2\n');
  });

  it('fails with a one-line CliError when a file is missing', async () => {
    writeFileSync(join(dir, 'p.txt'), '微信\n');
    await expect(run(['--patterns', join(dir, 'nope.txt'), join(dir, 'p.txt')])).rejects.toThrow(CliError);
    await expect(run(['--patterns', join(dir, 'p.txt'), join(dir, 'nope.txt')])).rejects.toThrow(
      /^cannot read input file .*nope\.txt: no such file$/,
    );
  });
});
