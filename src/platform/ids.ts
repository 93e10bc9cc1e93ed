import { randomFillSync } from 'node:crypto';

// Ids carry their type as a prefix (usr_, key_, msg_ …) and sort by creation time: 10 characters
// of base-36 milliseconds, then 16 random hex characters.

const RANDOM_BYTES = 8;
// Every request gets an id (its request id), and the call into the CSPRNG, not the bytes, is what
// costs: fill 512 ids' worth at once. Each byte is handed out once, so ids stay as random as with
// one call per id. Its own allocation, never a slice of Node's shared Buffer pool.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

// Many ids fall in the same millisecond: format its time part once.
let lastMs = -1;
let lastTime = '';

export function newId(prefix: string): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const random = pool.toString('hex', poolOffset, poolOffset + RANDOM_BYTES);
  poolOffset += RANDOM_BYTES;
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = ms.toString(36).padStart(10, '0');
  }
  return `${prefix}_${lastTime}${random}`;
}
