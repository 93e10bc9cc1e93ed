import type { Command } from 'commander';
import { vi } from 'vitest';

/** Runs a commander command in-process and returns what it wrote to stdout. */
export async function runCommand(command: Command, args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await command.exitOverride().parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return out;
}
