import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { defaultScreeningEngine } from '../domains/screening/engine/default-engine.js';
import type { ScreenFinding, ScreeningEngine, ScreenResult } from '../domains/screening/engine/screen-text.js';
import { CONTENT_KINDS, type ContentKind } from '../domains/screening/lexicon/lexicon-entry.js';
import { defaultPolicy } from '../domains/screening/policy/default-policy.js';
import { evaluatePolicy } from '../domains/screening/policy/evaluate-policy.js';
import { CliError } from './runtime.js';

// `xinren scan FILE|-`: screen one piece of content with the shipped lexicons and default policy
// (data/policies/default.yaml) and print the outcome and every finding in its line (or, with --json, the result as one object).

export interface ScanOptions {
  /** Content kind; by default from the file name or content (see defaultKind). */
  kind?: string;
  /** Product category (药品, 保健食品 …) for the category-constrained entries. */
  category?: string;
  json?: boolean;
  /** Highlight with ANSI inverse video instead of [[…]] brackets. */
  color?: boolean;
  /** The file name, for the default kind. */
  file?: string;
  /** The engine to use; the default engine when omitted. */
  engine?: ScreeningEngine;
}

/** HTML (by file name, or content starting with '<') is a web_page, anything else a listing. */
export function defaultKind(file: string | undefined, input: string): ContentKind {
  if (file && /\.html?$/i.test(file)) return 'web_page';
  return input.trimStart().startsWith('<') ? 'web_page' : 'listing';
}

export function parseKind(kind: string): ContentKind {
  if (!(CONTENT_KINDS as readonly string[]).includes(kind))
    throw new CliError(`unknown kind ${kind}; kinds are ${CONTENT_KINDS.join(', ')}`);
  return kind as ContentKind;
}

/** The --json object: exactly these keys, in this order. */
export function scanJson(result: ScreenResult): string {
  return JSON.stringify({
    outcome: result.outcome,
    score: result.score,
    findings: result.findings.map((f) => ({
      category: f.category,
      severity: f.severity,
      term: f.term,
      section: f.section,
      line: f.line,
      start: f.start,
      end: f.end,
      text: f.text,
    })),
  });
}

/** Longest stretch of a line shown on either side of a finding. */
const CONTEXT = 40;
const INVERSE = '\u001b[7m';
const RESET = '\u001b[27m';

/** The finding's line with its span marked; long lines are cut around the span. */
function showInLine(input: string, f: ScreenFinding, color: boolean): string {
  const lineStart = input.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = input.indexOf('\n', f.start);
  if (lineEnd === -1) lineEnd = input.length;
  if (lineEnd > lineStart && input[lineEnd - 1] === '\r') lineEnd--;
  const end = Math.min(Math.max(f.end, f.start), lineEnd);
  const from = Math.max(lineStart, f.start - CONTEXT);
  const to = Math.min(lineEnd, end + CONTEXT);
  const clean = (s: string) => s.replace(/[\t\r]/g, ' ');
  const [open, close] = color ? [INVERSE, RESET] : ['[[', ']]'];
  return `${from > lineStart ? '…' : ''}${clean(input.slice(from, f.start))}${open}${clean(input.slice(f.start, end))}${close}${clean(input.slice(end, to))}${to < lineEnd ? '…' : ''}`;
}

export function formatHuman(input: string, kind: ContentKind, result: ScreenResult, color = false): string {
  const n = result.findings.length;
  const out = [`${result.outcome} (kind ${kind}, score ${result.score}, ${n} finding${n === 1 ? '' : 's'})`];
  for (const f of result.findings) {
    const where = f.section === 'text' ? `line ${f.line}` : `line ${f.line}, ${f.section}`;
    out.push(`  ${where}: ${f.category} severity ${f.severity}, ${f.term}`);
    out.push(`    ${showInLine(input, f, color)}`);
  }
  return `${out.join('\n')}\n`;
}

/** The command's output for one input; throws CliError for an unknown kind. */
export async function runScan(input: string, opts: ScanOptions = {}): Promise<string> {
  const kind = opts.kind === undefined ? defaultKind(opts.file, input) : parseKind(opts.kind);
  const engine = opts.engine ?? (await defaultScreeningEngine());
  const context = opts.category === undefined ? undefined : { category: opts.category };
  const screened = engine.screen({ kind, text: input, context });
  // The shipped default policy decides, as it does on a new database.
  const { outcome } = evaluatePolicy(defaultPolicy(), {
    kind,
    context,
    findings: screened.findings,
    score: screened.score,
  });
  const result = { ...screened, outcome };
  return opts.json ? `${scanJson(result)}\n` : formatHuman(input, kind, result, opts.color ?? false);
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CliError(`cannot read input file ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function scanCommand(): Command {
  return new Command('scan')
    .description(
      'Screen a file (or - for stdin) with the shipped lexicons and default policy; print the outcome and findings',
    )
    .argument('<file>', 'the content to screen, or - for stdin')
    .option('--kind <kind>', `${CONTENT_KINDS.join('|')} (default: web_page for HTML, else listing)`)
    .option('--category <category>', 'product category, e.g. 药品 or 保健食品')
    .option('--json', 'print { outcome, score, findings } as one JSON object', false)
    .action(async (file: string, opts: { kind?: string; category?: string; json: boolean }) => {
      // Check the kind before reading anything, so a typo fails fast.
      if (opts.kind !== undefined) parseKind(opts.kind);
      const input = file === '-' ? await readStdin() : readInput(file);
      process.stdout.write(
        await runScan(input, {
          kind: opts.kind,
          category: opts.category,
          json: opts.json,
          color: process.stdout.isTTY === true,
          file: file === '-' ? undefined : file,
        }),
      );
    });
}
