import { Socket } from 'node:net';

/**
 * A socket whose writes within one turn of the event loop leave in one system call. node-postgres
 * writes every query of a pipelined connection as soon as it is queued, each with a write of its
 * own; a transaction's BEGIN and first statement, queued in the same turn, then take two. Each
 * write is a system call that wakes the database's process, and intake makes a few per event, so
 * they add up (PostgreSQL's socket writes were a quarter of the server's busy time at 400 live
 * segments a second). The first write of a turn corks the socket and the end of the turn (once
 * its promise callbacks have run) uncorks it.
 */
export class TickCorkedSocket extends Socket {
  #corked = false;

  // net.Socket's connect() puts Socket.prototype.write back on the instance (undoing a write
  // refused after end), which would hide an overriding method: the corking write is set after it.
  override connect(...args: unknown[]): this {
    (super.connect as (...a: unknown[]) => this)(...args);
    const write = Socket.prototype.write;
    this.write = ((...w: Parameters<Socket['write']>) => {
      this.#corkForTurn();
      return (write as (...a: unknown[]) => boolean).apply(this, w);
    }) as Socket['write'];
    return this;
  }

  #corkForTurn(): void {
    if (this.#corked) return;
    this.#corked = true;
    this.cork();
    process.nextTick(() => {
      this.#corked = false;
      this.uncork();
    });
  }
}
