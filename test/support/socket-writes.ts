import { Socket } from 'node:net';
import { TickCorkedSocket } from '../../src/platform/db/tick-corked-socket.js';

/**
 * Counts the system writes of every pooled PostgreSQL connection (each a TickCorkedSocket) while
 * `run` runs: each is one message to the server, and a transaction that waits for an answer
 * before it goes on makes one more.
 */
export async function socketWrites(run: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const proto = TickCorkedSocket.prototype as unknown as Record<'_write' | '_writev', unknown>;
  const base = Socket.prototype as unknown as Record<'_write' | '_writev', (...a: unknown[]) => unknown>;
  for (const name of ['_write', '_writev'] as const) {
    proto[name] = function (this: Socket, ...a: unknown[]) {
      n++;
      return base[name].apply(this, a);
    };
  }
  try {
    await run();
  } finally {
    delete proto._write;
    delete proto._writev;
  }
  return n;
}
