import { createWriteStream } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { pino } from 'pino';
import { z } from 'zod';
import { formatStatusLine, formatSummary, type RunningSimulator, startSimulator } from './index.js';
import { RegistrationError } from './xinren/webhook-endpoints.js';

const STATUS_EVERY_MS = 10_000;

function number(name: string, integer = false) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(`${name} must be ${integer ? 'an integer' : 'a number'}`);
    }
    return n;
  };
}

interface CliOptions {
  url: string;
  apiKey?: string;
  rate: number;
  seed: number;
  problemShare: number;
  webhookPort: number;
  webhookHost: string;
  webhookUrl?: string;
  duration?: number;
  run?: string;
  truthOut?: string;
  appealShare: number;
  adminApiKey?: string;
  logLevel: string;
}

/** The `simulator` command, so that the xinren CLI can mount it too. */
export function buildSimulatorCommand(): Command {
  return new Command('simulator')
    .description('play a small marketplace against a running Xinren: send events, apply its webhooks')
    .option('--url <url>', 'Xinren base URL', 'http://127.0.0.1:8080')
    .option('--api-key <key>', 'API key with events:write and webhooks:write (default: $XINREN_API_KEY)')
    .option('--rate <n>', 'events per second', number('--rate'), 20)
    .option('--seed <n>', 'seed: the same seed gives the same events', number('--seed', true), 42)
    .option(
      '--problem-share <f>',
      'share of listings and transcript segments with a problem case',
      number('--problem-share'),
      0.08,
    )
    .option('--webhook-port <n>', 'port of the webhook receiver (0: any free port)', number('--webhook-port', true), 0)
    .option('--webhook-host <host>', 'address the webhook receiver listens on', '127.0.0.1')
    .option('--webhook-url <url>', 'URL Xinren should call, if not http://<webhook-host>:<port>/webhooks')
    .option('--duration <s>', 'stop after this many seconds (default: until SIGINT/SIGTERM)', number('--duration'))
    .option('--run <name>', 'run name: fresh ids for the same seed against the same Xinren')
    .option(
      '--appeal-share <f>',
      'share of decisions on a merchant or host that the party appeals',
      number('--appeal-share'),
      0.2,
    )
    .option(
      '--admin-api-key <key>',
      'key with the admin scope, to create the keys merchants and hosts appeal with (default: $XINREN_ADMIN_API_KEY, else --api-key)',
    )
    .option('--truth-out <file>', 'write every event id with its ground truth (problem kind, cue) as JSON lines')
    .addOption(
      new Option('--log-level <level>', 'log level')
        .choices(['fatal', 'error', 'warn', 'info', 'debug'])
        .default('info'),
    )
    .action(async (opts: CliOptions) => {
      process.exitCode = await runSimulator(opts);
    });
}

async function runSimulator(opts: CliOptions): Promise<number> {
  const logger = pino({ level: opts.logLevel, base: { component: 'simulator' } }, pino.destination(2));
  const apiKey = opts.apiKey ?? process.env.XINREN_API_KEY;
  if (!apiKey) {
    logger.error('an API key is needed: --api-key or XINREN_API_KEY');
    return 2;
  }
  const adminApiKey = opts.adminApiKey ?? process.env.XINREN_ADMIN_API_KEY;
  const truth = opts.truthOut ? createWriteStream(opts.truthOut, { flags: 'w' }) : undefined;
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => {
    finish = resolve;
  });

  let sim: RunningSimulator;
  try {
    sim = await startSimulator({
      url: opts.url,
      apiKey,
      rate: opts.rate,
      seed: opts.seed,
      problemShare: opts.problemShare,
      appealShare: opts.appealShare,
      ...(adminApiKey ? { adminApiKey } : {}),
      webhookPort: opts.webhookPort,
      webhookHost: opts.webhookHost,
      ...(opts.webhookUrl ? { webhookUrl: opts.webhookUrl } : {}),
      ...(opts.run ? { run: opts.run } : {}),
      logger,
      onFatal: () => finish(1),
      ...(truth
        ? {
            onGenerated: (events) => {
              for (const e of events)
                truth.write(`${JSON.stringify({ id: e.envelope.id, type: e.envelope.type, ...e.truth })}\n`);
            },
          }
        : {}),
    });
  } catch (err) {
    if (err instanceof z.ZodError) logger.error(`simulator could not start: ${z.prettifyError(err)}`);
    else if (err instanceof RegistrationError) logger.error(`simulator could not start: ${err.message}`);
    else logger.error({ err }, 'simulator could not start');
    truth?.end();
    return 1;
  }

  const startedAt = Date.now();
  const status = () => {
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    process.stdout.write(`[simulator ${seconds}s] ${formatStatusLine(sim.stats())}\n`);
  };
  const statusTimer = setInterval(status, STATUS_EVERY_MS);
  const durationTimer = opts.duration !== undefined ? setTimeout(() => finish(0), opts.duration * 1000) : undefined;
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting without a clean stop');
      process.exit(130);
    }
    logger.info({ signal }, 'stopping');
    finish(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const code = await finished;
  clearInterval(statusTimer);
  if (durationTimer) clearTimeout(durationTimer);
  await sim.stop();
  status();
  process.stdout.write(`${formatSummary(sim.stats())}\n`);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (truth) await new Promise<void>((resolve) => truth.end(resolve));
  const fatal = sim.stats().fatalError;
  if (fatal) logger.error(fatal);
  return code;
}
