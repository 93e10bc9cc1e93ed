import { AuthError, AuthErrorCode } from '../platform/auth/auth.errors.js';
import type { Platform } from '../platform/platform.js';

/**
 * On a database without users, creates `admin` and prints its one-time password and the console
 * URL, once. XINREN_ADMIN_PASSWORD sets the password instead (for scripts and tests).
 */
export async function ensureInitialAdmin(platform: Platform, password: string | undefined, consoleUrl: string): Promise<void> {
  if ((await platform.auth.countUsers()) > 0) return;
  let created: { password: string };
  try {
    created = await platform.auth.createUser({ username: 'admin', role: 'admin', password, actor: 'system' });
  } catch (err) {
    // Another process starting at the same moment made it first.
    if (err instanceof AuthError && err.code === AuthErrorCode.UsernameTaken) return;
    throw err;
  }
  const lines = [
    '',
    '  Xinren is ready.',
    `  Console:  ${consoleUrl}`,
    '  User:     admin',
    password ? '  Password: (from XINREN_ADMIN_PASSWORD)' : `  Password: ${created.password}   (shown once; keep it)`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
