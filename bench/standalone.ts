import { fileURLToPath } from 'node:url';

/**
 * Runs a bench file on its own (`npx tsx bench/<name>.bench.ts [database …]`) when it is the
 * script Node started, not when `bench/run.ts` imports it: prints the report on stdout and exits
 * 0, or prints the error on stderr and exits 1. The arguments among `databases` choose them.
 */
export function runIfStandalone<D extends string, R>(
  moduleUrl: string,
  name: string,
  databases: readonly D[],
  run: (only: D[]) => Promise<R>,
  format: (r: R) => string,
): void {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const only = process.argv.slice(2).filter((a): a is D => (databases as readonly string[]).includes(a));
  run(only).then(
    (r) => {
      process.stdout.write(`${format(r)}\n`);
      process.exit(0);
    },
    (err: unknown) => {
      process.stderr.write(`${name} bench failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
