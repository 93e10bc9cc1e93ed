import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { AppError } from '../platform/app-error.js';
import type { CliOperation } from './operations.js';
import { CliError, config, runOperation } from './runtime.js';

// `xinren lexicon list|export|import`: the lexicons stored in the database. They run through
// runOperation, so they work beside a server that holds the embedded database too.

const FORMATS = ['txt', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function versionNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a version is a whole number from 1');
  return n;
}

/** The format of a file: the flag when given, else its extension. */
export function formatOf(file: string, flag?: Format): Format {
  if (flag) return flag;
  const ext = extname(file).slice(1).toLowerCase();
  if ((FORMATS as readonly string[]).includes(ext)) return ext as Format;
  throw new CliError(`cannot tell the format of ${file} from its name: give --format ${FORMATS.join('|')}`);
}

/** Runs an operation; a refusal (a version conflict, a bad file) ends as one line, as through the bridge. */
async function run(name: CliOperation, args: unknown): Promise<any> {
  try {
    return await runOperation(config(), name, args);
  } catch (err) {
    if (err instanceof AppError) throw new CliError(`${err.code}: ${err.message}`);
    throw err;
  }
}

interface Summary {
  name: string;
  kind: string;
  version: number;
  entryCount: number;
  updatedAt: string | Date;
  updatedBy: string;
}

/** One lexicon a line, aligned: name, kind, version, entries, last change. */
export function formatList(items: readonly Summary[]): string {
  const rows = [
    ['NAME', 'KIND', 'VERSION', 'ENTRIES', 'UPDATED', 'BY'],
    ...items.map((l) => [
      l.name,
      l.kind,
      String(l.version),
      String(l.entryCount),
      new Date(l.updatedAt).toISOString().slice(0, 19).replace('T', ' '),
      l.updatedBy,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => `${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}\n`).join('');
}

export function lexiconCommand(): Command {
  const lexicon = new Command('lexicon').description(
    'Screening lexicons stored in the database; every change is a version',
  );

  lexicon
    .command('list')
    .description('Every lexicon with its current version and size')
    .action(async () => {
      process.stdout.write(formatList(await run('lexicon.list', {})));
    });

  lexicon
    .command('export <name>')
    .description('Print a lexicon version (default: the current one) as a file on stdout')
    .addOption(new Option('--format <format>', 'file format').choices(FORMATS).default('csv'))
    .option('--version <n>', 'the version to export', versionNumber)
    .action(async (name: string, opts: { format: Format; version?: number }) => {
      const out = await run('lexicon.export', { name, format: opts.format, version: opts.version });
      process.stdout.write(out.text);
    });

  lexicon
    .command('import <name> <file>')
    .description('Merge a txt, csv or json file into a lexicon (or replace it), making a new version')
    .addOption(new Option('--format <format>', 'file format (default: from the file name)').choices(FORMATS))
    .option('--replace', 'the file becomes the whole lexicon (default: merge)', false)
    .option('--note <text>', 'why, for the version list and the audit log')
    .addOption(new Option('--kind <kind>', 'kind of a new lexicon').choices(['terms', 'allow']))
    .action(
      async (name: string, file: string, opts: { format?: Format; replace: boolean; note?: string; kind?: string }) => {
        let content: string;
        try {
          content = readFileSync(file === '-' ? 0 : file, 'utf8');
        } catch (err) {
          throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
        }
        const format = formatOf(file, opts.format);
        const r = await run('lexicon.import', {
          name,
          format,
          content,
          replace: opts.replace,
          note: opts.note,
          kind: opts.kind,
        });
        process.stdout.write(`${name}: version ${r.version} (+${r.added} -${r.removed} ~${r.changed})\n`);
      },
    );

  return lexicon;
}
