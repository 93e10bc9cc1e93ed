import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TickCorkedSocket } from './tick-corked-socket.js';

/** A loopback server that keeps what it receives, and a connected TickCorkedSocket. */
async function connected(): Promise<{ socket: TickCorkedSocket; received: () => string; server: Server }> {
  let data = '';
  const server = createServer((c: Socket) => c.on('data', (d) => (data += d.toString())));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const socket = new TickCorkedSocket();
  socket.connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  return { socket, received: () => data, server };
}

/** Counts the system writes (Node's _write and _writev) a socket makes. */
function countWrites(socket: Socket): () => number {
  let n = 0;
  const s = socket as unknown as Record<'_write' | '_writev', (...a: unknown[]) => unknown>;
  for (const name of ['_write', '_writev'] as const) {
    const original = s[name].bind(socket);
    s[name] = (...a: unknown[]) => {
      n++;
      return original(...a);
    };
  }
  return () => n;
}

const turn = () => new Promise((r) => setImmediate(r));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('TickCorkedSocket', () => {
  const open: { socket: TickCorkedSocket; server: Server }[] = [];
  afterEach(async () => {
    for (const { socket, server } of open.splice(0)) {
      socket.destroy();
      await new Promise((r) => server.close(r));
    }
  });

  it('sends the writes of one turn, promise callbacks included, in one system write', async () => {
    const c = await connected();
    open.push(c);
    const writes = countWrites(c.socket);
    c.socket.write('BEGIN;');
    await Promise.resolve();
    c.socket.write('INSERT 1;');
    c.socket.write('INSERT 2;');
    await turn();
    expect(writes()).toBe(1);
    await until(() => c.received().length === 24);
    expect(c.received()).toBe('BEGIN;INSERT 1;INSERT 2;');
  });

  it('sends the writes of separate turns separately, in order', async () => {
    const c = await connected();
    open.push(c);
    const writes = countWrites(c.socket);
    c.socket.write('one;');
    await turn();
    c.socket.write('two;');
    await turn();
    c.socket.write('three;');
    await turn();
    expect(writes()).toBe(3);
    await until(() => c.received().length === 14);
    expect(c.received()).toBe('one;two;three;');
  });
});
