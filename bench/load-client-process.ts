import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoopProgress, LoopStats } from './closed-loop.js';
import type { FromLoadClient, HttpTarget, LoadPhase, ToLoadClient } from './load-protocol.js';

// The bench's side of the HTTP load client: starts load-client.ts as a child process (under tsx,
// whose loader flags it inherits) and runs phases on it one at a time.

export interface LoadClient {
  run(target: HttpTarget, phase: LoadPhase, onProgress?: (p: LoopProgress) => void): Promise<LoopStats>;
  close(): Promise<void>;
}

export async function startLoadClient(): Promise<LoadClient> {
  const entry = fileURLToPath(new URL('./load-client.ts', import.meta.url));
  // A --cpu-prof of the bench is about the server; the client is not profiled with it.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof') && !a.startsWith('--heap-prof'));
  const child: ChildProcess = fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const post = (msg: ToLoadClient) => child.send(msg);

  await new Promise<void>((resolve, reject) => {
    const onMessage = (msg: FromLoadClient) => {
      if (msg.type !== 'ready') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null) => reject(new Error(`the load client exited early (code ${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });

  let nextRunId = 1;
  return {
    run(target, phase, onProgress) {
      const runId = nextRunId++;
      return new Promise<LoopStats>((resolve, reject) => {
        const onExit = (code: number | null) => {
          child.off('message', onMessage);
          reject(new Error(`the load client exited during a run (code ${code})`));
        };
        const onMessage = (msg: FromLoadClient) => {
          if (msg.type === 'ready' || msg.runId !== runId) return;
          if (msg.type === 'progress') {
            onProgress?.(msg.progress);
            return;
          }
          child.off('message', onMessage);
          child.off('exit', onExit);
          if (msg.type === 'done') resolve(msg.stats);
          else reject(new Error(`load client: ${msg.message}`));
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        post({ type: 'run', runId, target, phase });
      });
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      post({ type: 'exit' });
      await exited;
    },
  };
}
