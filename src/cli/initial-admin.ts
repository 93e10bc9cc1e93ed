import { AuthError, AuthErrorCode } from '../platform/auth/auth.errors.js';
import type { Platform } from '../platform/platform.js';

/**
 * On a database without users, creates `admin` and returns the one-time password to print, or
 * null when there were users already. XINREN_ADMIN_PASSWORD sets the password instead (for
 * scripts and tests).
 */
export async function ensureInitialAdmin(
  platform: Platform,
  password: string | undefined,
): Promise<{ password: string; fromEnv: boolean } | null> {
  if ((await platform.auth.countUsers()) > 0) return null;
  try {
    const created = await platform.auth.createUser({ username: 'admin', role: 'admin', password, actor: 'system' });
    return { password: created.password, fromEnv: password !== undefined };
  } catch (err) {
    // Another process starting at the same moment made it first.
    if (err instanceof AuthError && err.code === AuthErrorCode.UsernameTaken) return null;
    throw err;
  }
}

export function printInitialAdmin(admin: { password: string; fromEnv: boolean }, consoleUrl: string): void {
  const lines = [
    '',
    '  Xinren is ready.',
    `  Console:  ${consoleUrl}`,
    '  User:     admin',
    admin.fromEnv
      ? '  Password: (from XINREN_ADMIN_PASSWORD)'
      : `  Password: ${admin.password}   (shown once; keep it)`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
