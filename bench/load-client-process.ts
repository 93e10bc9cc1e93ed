import type { LoopProgress, LoopStats } from './closed-loop.js';
import { forkReadyClient } from './fork-client.js';
import type { FromLoadClient, HttpTarget, LoadPhase, ToLoadClient } from './load-protocol.js';

// The bench's side of the HTTP load client: starts load-client.ts as a child process (under tsx,
// whose loader flags it inherits) and runs phases on it one at a time.

export interface LoadClient {
  run(target: HttpTarget, phase: LoadPhase, onProgress?: (p: LoopProgress) => void): Promise<LoopStats>;
  close(): Promise<void>;
}

export async function startLoadClient(): Promise<LoadClient> {
  const child = await forkReadyClient(new URL('./load-client.ts', import.meta.url));
  const post = (msg: ToLoadClient) => child.send(msg);

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
