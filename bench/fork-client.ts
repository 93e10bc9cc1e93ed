import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Starts a bench client script as a child process (under tsx, whose loader flags it inherits) and
 * resolves once it says `{ type: 'ready' }`. A --cpu-prof of the bench is about the server, so the
 * client is not profiled with it.
 */
export async function forkReadyClient(entry: URL): Promise<ChildProcess> {
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--cpu-prof') && !a.startsWith('--heap-prof'));
  const child = fork(fileURLToPath(entry), [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    const onMessage = (msg: { type?: string }) => {
      if (msg.type !== 'ready') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve();
    };
    const onExit = (code: number | null) => reject(new Error(`the load client exited early (code ${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
  return child;
}
