import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import { Command } from 'commander';
import {
  defaultViolationCatalogue,
  GovernanceError,
  parseDsaRange,
  writeDsaExport,
} from '../domains/governance/index.js';
import { migrateToLatest } from '../platform/db/migrations.js';
import { CliError, config, openConfiguredDatabase } from './runtime.js';

// `xinren dsa export`: the DSA statements of reasons of a range of decisions, as the JSON array
// the EU Transparency Database API takes. It reads the database directly; while a server holds
// the embedded database, the same statements come from its GET /v1/dsa/statements.

interface ExportOptions {
  from: string;
  to: string;
  out?: string;
}

async function exportStatements(opts: ExportOptions): Promise<void> {
  let range: ReturnType<typeof parseDsaRange>;
  try {
    range = parseDsaRange(opts.from, opts.to);
  } catch (err) {
    if (err instanceof GovernanceError) throw new CliError(`${err.code}: ${err.message}`);
    throw err;
  }
  const c = config();
  const handle = await openConfiguredDatabase(c).catch((err: unknown) => {
    if (err instanceof CliError) {
      throw new CliError(`${err.message}; or ask the running server: GET /v1/dsa/statements?from=&to=`);
    }
    throw err;
  });
  // A file appears only whole: written beside, renamed at the end.
  const partial = opts.out === undefined ? null : `${opts.out}.partial`;
  const file = partial === null ? null : await open(partial, 'w');
  try {
    await migrateToLatest(handle.db);
    const write = async (chunk: string) => {
      if (file !== null) await file.write(chunk);
      else if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    };
    const summary = await writeDsaExport(handle.db, defaultViolationCatalogue(), range, write, (p) => {
      if (p.through.getTime() < range.to.getTime()) {
        process.stderr.write(`… through ${p.through.toISOString()}: ${p.written} statements\n`);
      }
    });
    if (file !== null && partial !== null && opts.out !== undefined) {
      await file.close();
      await rename(partial, opts.out);
    }
    process.stderr.write(
      `${summary.written} statements${summary.skipped > 0 ? ` (${summary.skipped} decisions restrict nothing the API records: none for them)` : ''}${opts.out ? ` written to ${opts.out}` : ''}\n`,
    );
  } catch (err) {
    if (file !== null && partial !== null) {
      await file.close().catch(() => {});
      await rm(partial, { force: true });
    }
    throw err;
  } finally {
    await handle.close();
  }
}

export function dsaCommand(): Command {
  const dsa = new Command('dsa').description('EU DSA statements of reasons (Transparency Database format)');
  dsa
    .command('export')
    .description('Write the statements of the decisions that took effect in [from, to) as a JSON array')
    .requiredOption('--from <iso>', 'start, inclusive (ISO 8601, e.g. 2026-12-01T00:00:00Z)')
    .requiredOption('--to <iso>', 'end, exclusive (ISO 8601)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(exportStatements);
  return dsa;
}
