import { buildCli } from './cli/commands.js';
import { CliError } from './cli/runtime.js';
import { ConfigError } from './config.js';
import { DatabaseUnreachableError } from './platform/db/database.js';

// Known failures end as one line on stderr and a non-zero exit; anything else keeps its stack.
buildCli()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    if (err instanceof CliError || err instanceof ConfigError || err instanceof DatabaseUnreachableError) {
      process.stderr.write(`xinren: ${err.message}\n`);
      process.exit(err instanceof CliError ? err.exitCode : 1);
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'EADDRINUSE') {
      process.stderr.write(`xinren: the port is in use (${e.message}); set PORT or --port\n`);
      process.exit(1);
    }
    process.stderr.write(`xinren: ${e?.stack ?? String(err)}\n`);
    process.exit(1);
  });
