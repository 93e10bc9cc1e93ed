import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const TSX = 'node_modules/.bin/tsx';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `xinren …` to completion. */
export function xinren(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['src/main.ts', ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === 'number'
            ? (err as { code: number }).code
            : 1
          : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export interface ServerProcess {
  url: string;
  proc: ChildProcess;
  output(): string;
  /** The output so far, once it matches (or the time is up). */
  waitForOutput(pattern: RegExp, ms?: number): Promise<string>;
  stop(): Promise<number | null>;
}

/** Starts `xinren serve` (or another long-running command) and waits until /healthz answers. */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = ['serve', '--with-worker'],
  options: { waitForHealth?: boolean } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const proc = spawn(TSX, ['src/main.ts', ...args], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  let out = '';
  proc.stdout?.on('data', (c) => {
    out += c;
  });
  proc.stderr?.on('data', (c) => {
    out += c;
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (options.waitForHealth === false) break;
    if (proc.exitCode !== null) throw new Error(`server exited early: ${out}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > until) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    url,
    proc,
    output: () => out,
    async waitForOutput(pattern: RegExp, ms = 10_000) {
      const end = Date.now() + ms;
      while (!pattern.test(out) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      return out;
    },
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}
