/**
 * The key of the identity hashes when `XINREN_IDENTITY_SECRET` is unset (read in config.ts):
 * fine for a laptop, never for real identities. Changing the key makes every stored fingerprint
 * unmatched: the platform has to send its identities again.
 */
export const DEV_IDENTITY_SECRET = 'xinren-dev-identity-secret-not-for-production';
