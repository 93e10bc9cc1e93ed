import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { compileMatcher } from '../domains/screening/engine/matcher.js';
import { CliError } from './runtime.js';

// `xinren match`: raw multi-pattern search, like `grep -F -f`, for lexicon authors and benchmarks.

export interface MatchOptions {
  /** Print only the number of overlapping matches. */
  count?: boolean;
  /** Fold ASCII case (and, with foldWidth, full-width forms) in patterns and input. */
  ignoreCase?: boolean;
  foldWidth?: boolean;
}

/** One pattern a line, trimmed; empty lines skipped. */
export function parsePatterns(patternsText: string): string[] {
  return patternsText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Offsets where each line starts, for turning a match offset into line and column. */
function lineStarts(text: string): Int32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** Index of the last line starting at or before offset. */
function lineIndex(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The command's output for a pattern list and an input: `line:column:pattern` per match (1-based
 * line, 1-based UTF-16 column of the match's first unit), in order of where matches end, or with
 * `count` the number of overlapping matches. Every output line ends in a newline.
 */
export function runMatch(patternsText: string, inputText: string, options: MatchOptions = {}): string {
  const patterns = parsePatterns(patternsText);
  const matcher = compileMatcher(patterns, { foldCase: options.ignoreCase, foldWidth: options.foldWidth });
  if (options.count) return `${matcher.count(inputText)}\n`;
  const starts = lineStarts(inputText);
  const out: string[] = [];
  // Matches come in order of end offset, so the line of a start only moves forward most of the time;
  // a binary search keeps it exact when a long match starts on an earlier line (patterns cannot hold
  // a newline, but a `\r` at the end of a CRLF line is ordinary text).
  matcher.forEach(inputText, (patternId, start) => {
    const line = lineIndex(starts, start);
    out.push(`${line + 1}:${start - starts[line] + 1}:${patterns[patternId]}\n`);
  });
  return out.join('');
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CliError(`cannot read ${what} ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function matchCommand(): Command {
  return new Command('match')
    .description('Find every occurrence of a word list in a file, like grep -F -f (prints line:column:pattern)')
    .argument('<file>', 'the text to search, or - for stdin')
    .requiredOption('--patterns <file>', 'the patterns, one a line (trimmed; empty lines skipped)')
    .option('--count', 'print only the number of overlapping matches', false)
    .option('-i, --ignore-case', 'fold ASCII case', false)
    .option('--fold-width', 'fold full-width forms to half-width (Ａ → A, ０ → 0)', false)
    .action(
      async (file: string, opts: { patterns: string; count: boolean; ignoreCase: boolean; foldWidth: boolean }) => {
        const patternsText = readText(opts.patterns, 'patterns file');
        const input = file === '-' ? await readStdin() : readText(file, 'input file');
        process.stdout.write(
          runMatch(patternsText, input, { count: opts.count, ignoreCase: opts.ignoreCase, foldWidth: opts.foldWidth }),
        );
      },
    );
}
