#!/usr/bin/env node
// Builds the web console when console/dist is missing or older than any source under console/.
// `npm start` runs this first, so a fresh checkout serves a console without a separate build step,
// and an unchanged one starts without paying for a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const consoleDir = join(repoRoot, 'console');
const builtIndex = join(consoleDir, 'dist', 'index.html');
const skippedDirs = new Set([join(consoleDir, 'dist'), join(consoleDir, 'node_modules')]);

/** The newest modification time of any file under dir, skipping build output. */
function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirs.has(path)) newest = Math.max(newest, newestSourceMtime(path));
    } else if (entry.isFile()) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function staleReason() {
  if (!existsSync(builtIndex)) return 'console/dist/index.html is missing';
  const builtAt = statSync(builtIndex).mtimeMs;
  return newestSourceMtime(consoleDir) > builtAt ? 'console sources changed since the last build' : null;
}

const reason = staleReason();
if (reason === null) process.exit(0);

console.log(`[ensure-console] building the console: ${reason}`);
const vite = join(repoRoot, 'node_modules', '.bin', 'vite');
const result = spawnSync(vite, ['build', '--config', join('console', 'vite.config.ts')], {
  cwd: repoRoot,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`[ensure-console] could not run ${vite}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
