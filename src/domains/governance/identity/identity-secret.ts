import { z } from 'zod';

/** Used when XINREN_IDENTITY_SECRET is unset: fine for a laptop, never for real identities. */
export const DEV_IDENTITY_SECRET = 'xinren-dev-identity-secret-not-for-production';

const Secret = z.string().min(16, 'XINREN_IDENTITY_SECRET must be at least 16 characters');

/**
 * The key of the identity hashes. Changing it makes every stored fingerprint unmatched: the
 * platform has to send its identities again.
 */
export function identitySecretFrom(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.XINREN_IDENTITY_SECRET;
  if (value === undefined || value === '') return DEV_IDENTITY_SECRET;
  return Secret.parse(value);
}
