import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// PGlite lets one process open its data directory. The process that holds it writes this file so
// that other local processes (the CLI) know to go through it instead.
export interface DataDirLock {
  pid: number;
  url: string;
  token: string;
}

const FILE = 'xinren.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live lock on this data directory, or null (a stale lock of a dead process is ignored). */
export function readDataDirLock(dataDir: string): DataDirLock | null {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return null;
  try {
    const lock = JSON.parse(readFileSync(path, 'utf8')) as DataDirLock;
    return lock.pid !== process.pid && isAlive(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

export function writeDataDirLock(dataDir: string, lock: DataDirLock): void {
  writeFileSync(join(dataDir, FILE), JSON.stringify(lock), { mode: 0o600 });
}

export function removeDataDirLock(dataDir: string): void {
  rmSync(join(dataDir, FILE), { force: true });
}
