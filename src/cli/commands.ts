import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, SCOPES } from '../platform/auth/roles.js';
import { migrateToLatest } from '../platform/db/migrations.js';
import { startDemo } from './demo.js';
import { dsaCommand } from './dsa.js';
import { lexiconCommand } from './lexicon.js';
import { matchCommand } from './match.js';
import { policyCommand } from './policy.js';
import { CliError, config, openConfiguredDatabase, runOperation } from './runtime.js';
import { scanCommand } from './scan.js';
import { startServer, stopOnSignals } from './serve.js';
import { startWorker } from './worker.js';

function port(value: string): string {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return String(n);
}

function scopes(value: string): string[] {
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of list) {
    if (!(SCOPES as readonly string[]).includes(s))
      throw new InvalidArgumentError(`unknown scope ${s}; scopes are ${SCOPES.join(', ')}`);
  }
  if (list.length === 0) throw new InvalidArgumentError('give at least one scope');
  return list;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
}

function applyListenFlags(opts: { port?: string; host?: string }): void {
  if (opts.port !== undefined) process.env.PORT = opts.port;
  if (opts.host !== undefined) process.env.HOST = opts.host;
}

export function buildCli(): Command {
  const program = new Command('xinren')
    .description('Xinren (信任): trust & safety for marketplaces and live-stream commerce')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ outputError: (str, write) => write(`${str.trim().split('\n')[0]}\n`) });

  program
    .command('serve')
    .description('Run the API and the web console (PORT, HOST, DATABASE_URL, XINREN_DATA_DIR)')
    .option('--with-worker', 'also deliver webhooks and run jobs in this process', false)
    .option('-p, --port <port>', 'port to listen on (default 8080)', port)
    .option('--host <host>', 'address to bind (default 127.0.0.1)')
    .action(async (opts: { withWorker: boolean; port?: string; host?: string }) => {
      applyListenFlags(opts);
      const server = await startServer(config(), { withWorker: opts.withWorker });
      stopOnSignals(server.stop);
    });

  program
    .command('worker')
    .description('Run only the worker: webhook delivery, durable jobs and timers')
    .action(async () => {
      const worker = await startWorker(config());
      stopOnSignals(worker.stop);
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date (serve and worker do this at start too)')
    .action(async () => {
      const handle = await openConfiguredDatabase(config());
      try {
        const report = await migrateToLatest(handle.db);
        process.stdout.write(
          report.applied.length ? `applied ${report.applied.join(', ')}\n` : 'the schema is up to date\n',
        );
      } finally {
        await handle.close();
      }
    });

  const user = program.command('user').description('Console users');
  user
    .command('add <username>')
    .description('Add a console user; prints the generated password once')
    .addOption(new Option('--role <role>', 'the user role').choices(ROLES).default('reviewer'))
    .option('--subject <id>', 'the merchant, host or rights-holder id a portal user acts for')
    .action(async (username: string, opts: { role: string; subject?: string }) => {
      const created = await runOperation(config(), 'user.add', { username, role: opts.role, subjectId: opts.subject });
      process.stdout.write(
        `created user ${created.user.username} (${created.user.role})\npassword: ${created.password}\n`,
      );
    });

  const apikey = program.command('apikey').description('API keys for platform integrations');
  apikey
    .command('create')
    .description('Create an API key; prints only the key on stdout, so scripts can capture it')
    .requiredOption('--scopes <list>', `comma-separated: ${SCOPES.join(', ')}`, scopes)
    .option('--name <name>', 'what the key is for', 'platform integration')
    .option('--subject <id>', 'bind the key to one merchant or host')
    .action(async (opts: { scopes: string[]; name: string; subject?: string }) => {
      const created = await runOperation(config(), 'apikey.create', {
        name: opts.name,
        scopes: opts.scopes,
        subjectId: opts.subject,
      });
      process.stderr.write(`created API key ${created.apiKey.id} with scopes ${opts.scopes.join(',')}\n`);
      process.stdout.write(`${created.key}\n`);
    });
  apikey
    .command('revoke <id>')
    .description('Revoke an API key by its id (key_…)')
    .action(async (id: string) => {
      await runOperation(config(), 'apikey.revoke', { id });
      process.stdout.write(`revoked ${id}\n`);
    });

  const audit = program.command('audit').description('The hash-chained audit log');
  audit
    .command('verify')
    .description('Check every entry and link; exits 1 naming the first broken entry')
    .action(async () => {
      const result = await runOperation(config(), 'audit.verify', {});
      if (result.ok) {
        process.stdout.write(`audit log intact: ${result.checked} entries checked\n`);
        return;
      }
      const b = result.firstBroken;
      throw new CliError(
        `audit log broken at entry #${b.seq} (${b.id}): ${b.reason}; ${result.checked} entries before it are intact`,
      );
    });

  program
    .command('demo')
    .description('Start Xinren with the marketplace simulator, so the console fills with live activity')
    .option('--rate <n>', 'simulated events per second', positive, 20)
    .option('--seed <n>', 'simulator seed (same seed, same marketplace)', positive, 42)
    .option('-p, --port <port>', 'port to listen on (default 8080)', port)
    .action(async (opts: { rate: number; seed: number; port?: string }) => {
      applyListenFlags(opts);
      const demo = await startDemo(config(), { rate: opts.rate, seed: opts.seed });
      stopOnSignals(demo.stop);
    });

  program.addCommand(matchCommand());
  program.addCommand(scanCommand());
  program.addCommand(lexiconCommand());
  program.addCommand(policyCommand());
  program.addCommand(dsaCommand());

  return program;
}
