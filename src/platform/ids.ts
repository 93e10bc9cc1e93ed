import { randomBytes } from 'node:crypto';

// Ids carry their type as a prefix (usr_, key_, msg_ …) and sort by creation time: 10 characters
// of base-36 milliseconds, then 16 random hex characters.
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36).padStart(10, '0')}${randomBytes(8).toString('hex')}`;
}
